/**
 * Generates the SDK's view of the contracts from Hardhat's build output, so that no ABI,
 * enum or constant is ever copied by hand:
 * - src/generated/abis.ts: the ABI of every deployed contract;
 * - src/generated/enums.ts: every Solidity enum of those contracts as a TypeScript const,
 *   and their numeric constants (e.g. MAX_NAME_BYTES), read from the compiler's AST.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const contractsRoot = dirname(require.resolve("@ishonch/contracts/package.json"));
const outDir = join(dirname(fileURLToPath(import.meta.url)), "..", "src", "generated");

/** The contracts a deployment holds, with their source files. */
const deployedContracts = {
  IshonchAccessManager: "contracts/access/IshonchAccessManager.sol",
  OrganizationRegistry: "contracts/organizations/OrganizationRegistry.sol",
  CertificateRegistry: "contracts/certificates/CertificateRegistry.sol",
  KindergartenQueue: "contracts/queue/KindergartenQueue.sol",
  CitizenAppeals: "contracts/appeals/CitizenAppeals.sol",
  IshonchCouncil: "contracts/governance/IshonchCouncil.sol",
  IshonchDirectory: "contracts/governance/IshonchDirectory.sol",
} as const;

interface AstNode {
  id?: number;
  nodeType: string;
  name?: string;
  constant?: boolean;
  members?: AstNode[];
  nodes?: AstNode[];
  value?: AstNode | string;
  kind?: string;
  subdenomination?: string;
  referencedDeclaration?: number;
}

const SECONDS: Record<string, number> = {
  seconds: 1,
  minutes: 60,
  hours: 3600,
  days: 86400,
  weeks: 604800,
};

interface Artifact {
  abi: unknown[];
  inputSourceName: string;
  buildInfoId: string;
}

function readArtifact(name: string, source: string): Artifact {
  const file = join(contractsRoot, "artifacts", source, `${name}.json`);
  return JSON.parse(readFileSync(file, "utf8")) as Artifact;
}

/** The AST of every source compiled in the artifact's own build (older builds may linger). */
function readBuildAsts(buildInfoId: string): Map<string, AstNode> {
  const file = join(contractsRoot, "artifacts", "build-info", `${buildInfoId}.output.json`);
  const buildInfo = JSON.parse(readFileSync(file, "utf8")) as {
    output: { sources: Record<string, { ast: AstNode }> };
  };
  return new Map(Object.entries(buildInfo.output.sources).map(([path, { ast }]) => [path, ast]));
}

function contractNode(ast: AstNode, name: string): AstNode {
  const node = ast.nodes?.find((n) => n.nodeType === "ContractDefinition" && n.name === name);
  if (!node) throw new Error(`contract ${name} not found in its source's AST`);
  return node;
}

/** Every constant declaration of every source, by AST id, to follow `Library.NAME` references. */
function constantsById(asts: Map<string, AstNode>): Map<number, AstNode> {
  const found = new Map<number, AstNode>();
  const visit = (node: AstNode) => {
    if (node.nodeType === "VariableDeclaration" && node.constant && node.id !== undefined) {
      found.set(node.id, node);
    }
    node.nodes?.forEach(visit);
  };
  asts.forEach(visit);
  return found;
}

/** The value of a constant that is a plain number (with a time unit) or names another one. */
function numericValue(
  node: AstNode | string | undefined,
  constants: Map<number, AstNode>,
): number | null {
  if (!node || typeof node === "string") return null;
  if (node.nodeType === "Literal" && node.kind === "number" && typeof node.value === "string") {
    return (
      Number(node.value.replaceAll("_", "")) * (SECONDS[node.subdenomination ?? "seconds"] ?? 1)
    );
  }
  if (node.referencedDeclaration !== undefined) {
    return numericValue(constants.get(node.referencedDeclaration)?.value, constants);
  }
  return null;
}

function generateEnums(): string {
  const lines: string[] = [];
  for (const [contract, source] of Object.entries(deployedContracts)) {
    const artifact = readArtifact(contract, source);
    const asts = readBuildAsts(artifact.buildInfoId);
    const constants = constantsById(asts);
    const ast = asts.get(artifact.inputSourceName);
    if (!ast) throw new Error(`no AST for ${source}: run \`hardhat build\` in contracts/`);
    for (const node of contractNode(ast, contract).nodes ?? []) {
      if (node.nodeType === "EnumDefinition") {
        const names = (node.members ?? []).map((m) => m.name as string);
        const entries = names.map((n, i) => `  ${n}: ${i},`).join("\n");
        const camel = node.name![0]!.toLowerCase() + node.name!.slice(1);
        lines.push(
          `/** ${contract}.${node.name} */`,
          `export const ${node.name} = {\n${entries}\n} as const;`,
          `export type ${node.name} = (typeof ${node.name})[keyof typeof ${node.name}];`,
          `export type ${node.name}Name = keyof typeof ${node.name};`,
          `export const ${camel}Names = ${JSON.stringify(names)} as const;`,
          "",
        );
      }
      const value = node.constant ? numericValue(node.value, constants) : null;
      if (node.nodeType === "VariableDeclaration" && value !== null) {
        lines.push(`/** ${contract}.${node.name} */`, `export const ${node.name} = ${value};`, "");
      }
    }
  }
  return lines.join("\n");
}

const header =
  "// Generated by packages/sdk/scripts/generate.ts from the compiled contracts. Do not edit.\n\n";
mkdirSync(outDir, { recursive: true });
const abis = Object.entries(deployedContracts)
  .map(([name, source]) => `  ${name}: ${JSON.stringify(readArtifact(name, source).abi)},`)
  .join("\n");
writeFileSync(join(outDir, "abis.ts"), `${header}export const abis = {\n${abis}\n} as const;\n`);
writeFileSync(join(outDir, "enums.ts"), header + generateEnums());
console.log(
  `generated ${Object.keys(deployedContracts).length} ABIs and their enums into ${outDir}`,
);
