/**
 * Generates the SDK's view of the contracts from Hardhat's build output, so that no ABI,
 * enum, constant or signed type is ever copied by hand:
 * - src/generated/abis.ts: the ABI of every deployed contract;
 * - src/generated/enums.ts: every Solidity enum of those contracts (declared in their
 *   interfaces) as a TypeScript const, and their numeric constants (e.g. MAX_NAME_BYTES);
 * - src/generated/eip712.ts: the EIP-712 domains and types that parents and citizens sign
 *   (RelayedSignatures' domain names, the `*_TYPEHASH` type strings);
 * all read from the compiler's AST.
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
  kind?: string;
  constant?: boolean;
  linearizedBaseContracts?: number[];
  modifiers?: { modifierName: { name: string }; arguments?: AstNode[] | null }[];
  arguments?: AstNode[];
  members?: AstNode[];
  nodes?: AstNode[];
  value?: AstNode | string;
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

/** Where the project's own sources are in a build (the rest is OpenZeppelin's). */
const PROJECT_SOURCE = "project/";

/**
 * A deployed contract and the project's contracts it inherits (its interface, its parts),
 * most basic first: an enum or a constant may be declared in any of them.
 */
function contractWithBases(asts: Map<string, AstNode>, source: string, name: string): AstNode[] {
  const projectContracts = new Map<number, AstNode>();
  for (const [path, ast] of asts) {
    if (!path.startsWith(PROJECT_SOURCE)) continue;
    for (const node of ast.nodes ?? []) {
      if (node.nodeType === "ContractDefinition") projectContracts.set(node.id!, node);
    }
  }
  const node = asts
    .get(source)
    ?.nodes?.find((n) => n.nodeType === "ContractDefinition" && n.name === name);
  if (!node) throw new Error(`contract ${name} not found in its source's AST`);
  return [...node.linearizedBaseContracts!]
    .reverse()
    .flatMap((id) => projectContracts.get(id) ?? []);
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

/** The AST of every deployed contract's build, with the contract and its project bases. */
function deployedContractNodes(): {
  contract: string;
  nodes: AstNode[];
  asts: Map<string, AstNode>;
}[] {
  return Object.entries(deployedContracts).map(([contract, source]) => {
    const artifact = readArtifact(contract, source);
    const asts = readBuildAsts(artifact.buildInfoId);
    if (!asts.has(artifact.inputSourceName)) {
      throw new Error(`no AST for ${source}: run \`hardhat build\` in contracts/`);
    }
    return { contract, asts, nodes: contractWithBases(asts, artifact.inputSourceName, contract) };
  });
}

function generateEnums(): string {
  const lines: string[] = [];
  for (const { contract, asts, nodes } of deployedContractNodes()) {
    const constants = constantsById(asts);
    for (const node of nodes.flatMap((base) => base.nodes ?? [])) {
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

/** The string literal a node is, or null. */
function stringLiteral(node: AstNode | undefined): string | null {
  return node?.nodeType === "Literal" && node.kind === "string" && typeof node.value === "string"
    ? node.value
    : null;
}

/** `ParentAction(uint64 application,uint8 action)` as EIP-712 fields, by its primary type. */
function typedDataFields(typeString: string): [string, { name: string; type: string }[]] {
  const match = /^(\w+)\(([^()]*)\)$/.exec(typeString);
  if (!match) throw new Error(`not a flat EIP-712 type: ${typeString}`);
  const fields = match[2]!.split(",").map((field) => {
    const [type, name] = field.split(" ");
    return { name: name!, type: type! };
  });
  return [match[1]!, fields];
}

/**
 * The domain (RelayedSignatures' constructor arguments) and the types (the `*_TYPEHASH`
 * constants' strings) of every contract that checks a person's EIP-712 signature.
 */
function generateTypedData(): string {
  const domains: Record<string, { name: string; version: string }> = {};
  const types: Record<string, { name: string; type: string }[]> = {};
  for (const { contract, nodes } of deployedContractNodes()) {
    for (const node of nodes.flatMap((base) => base.nodes ?? [])) {
      const base = node.modifiers?.find((m) => m.modifierName.name === "RelayedSignatures");
      if (node.kind === "constructor" && base) {
        const [name, version] = (base.arguments ?? []).map(stringLiteral);
        if (!name || !version) throw new Error(`${contract}: the EIP-712 domain is not literal`);
        domains[contract] = { name, version };
      }
      if (node.constant && node.name?.endsWith("_TYPEHASH") && typeof node.value === "object") {
        const typeString = stringLiteral(node.value.arguments?.[0]);
        if (!typeString) throw new Error(`${contract}.${node.name} is not keccak256("...")`);
        const [primaryType, fields] = typedDataFields(typeString);
        types[primaryType] = fields;
      }
    }
  }
  return [
    "/** The EIP-712 domain (name, version) of each contract that checks a person's signature. */",
    `export const eip712Domains = ${JSON.stringify(domains, null, 2)} as const;`,
    "",
    "/** The EIP-712 types that parents and citizens sign, by primary type. */",
    `export const eip712Types = ${JSON.stringify(types, null, 2)} as const;`,
    "",
  ].join("\n");
}

const header =
  "// Generated by packages/sdk/scripts/generate.ts from the compiled contracts. Do not edit.\n\n";
mkdirSync(outDir, { recursive: true });
const abis = Object.entries(deployedContracts)
  .map(([name, source]) => `  ${name}: ${JSON.stringify(readArtifact(name, source).abi)},`)
  .join("\n");
writeFileSync(join(outDir, "abis.ts"), `${header}export const abis = {\n${abis}\n} as const;\n`);
writeFileSync(join(outDir, "enums.ts"), header + generateEnums());
writeFileSync(join(outDir, "eip712.ts"), header + generateTypedData());
console.log(
  `generated ${Object.keys(deployedContracts).length} ABIs, their enums and EIP-712 types into ${outDir}`,
);
