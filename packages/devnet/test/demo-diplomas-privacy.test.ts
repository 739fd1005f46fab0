// Done-when of the diplomas issue: the chain holds no personal data of the graduates. The demo
// data is seeded on a fresh Hardhat node, then every transaction input, every log and every
// storage write (Hardhat's prestate tracer in diff mode: the post-state of each transaction)
// is searched for the seeded graduates' names, birth dates and student ids in several
// encodings.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { JsonRpcProvider, hexlify, toBeHex, toUtf8Bytes } from "ethers";
import { disclosedDiplomaFields } from "@ishonch/sdk";
import {
  deployIshonch,
  demoOrganizations,
  seedDemoData,
  startChain,
  type LocalChain,
  type SeededDemoData,
} from "../src/index.js";

/** One piece of chain data, as lower-case hex without 0x, and where it was found. */
interface ChainBytes {
  where: string;
  hex: string;
}

/** The post-state of a transaction by Hardhat's `prestateTracer` with `diffMode`. */
interface StateDiff {
  post: Record<string, { storage?: Record<string, string> }>;
}

/** A secret and its encodings as bytes (lower-case hex without 0x), each with a label. */
type Needles = { label: string; hex: string }[];

const hexOf = (text: string): string => hexlify(toUtf8Bytes(text)).slice(2);

/** A text in UTF-8 as written, lower-cased and upper-cased, and as ASCII hex digits. */
function textNeedles(label: string, text: string): Needles {
  const variants = new Set([text, text.toLowerCase(), text.toUpperCase()]);
  return [
    ...[...variants].map((variant) => ({ label: `${label} "${variant}"`, hex: hexOf(variant) })),
    { label: `${label} as hex text`, hex: hexOf(hexOf(text)) },
  ];
}

/** An ISO date as "YYYY-MM-DD", "DD.MM.YYYY", "DDMMYYYY", and unix seconds (text and uint256). */
function dateNeedles(label: string, iso: string): Needles {
  const [year, month, day] = iso.split("-") as [string, string, string];
  const seconds = Date.UTC(Number(year), Number(month) - 1, Number(day)) / 1000;
  return [
    ...textNeedles(label, iso),
    ...textNeedles(label, `${day}.${month}.${year}`),
    ...textNeedles(label, `${day}${month}${year}`),
    ...textNeedles(label, String(seconds)),
    { label: `${label} as uint256 seconds`, hex: toBeHex(seconds, 32).slice(2) },
  ];
}

/** Whether `needle` occurs in `haystack` at a byte boundary (both hex without 0x). */
function containsBytes(haystack: string, needle: string): boolean {
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) {
    if (at % 2 === 0) return true;
  }
  return false;
}

/** Every transaction input, log (topics and data) and storage write on the chain. */
async function readWholeChain(provider: JsonRpcProvider): Promise<ChainBytes[]> {
  const found: ChainBytes[] = [];
  const latest = await provider.getBlockNumber();
  for (let number = 0; number <= latest; number++) {
    const block = await provider.getBlock(number, true);
    for (const tx of block!.prefetchedTransactions) {
      found.push({ where: `input of ${tx.hash}`, hex: tx.data.slice(2).toLowerCase() });
      const receipt = await provider.getTransactionReceipt(tx.hash);
      for (const log of receipt!.logs) {
        const hex = [...log.topics, log.data].map((word) => word.slice(2)).join("");
        found.push({ where: `log ${log.index} of ${tx.hash}`, hex: hex.toLowerCase() });
      }
      const diff = (await provider.send("debug_traceTransaction", [
        tx.hash,
        { tracer: "prestateTracer", tracerConfig: { diffMode: true } },
      ])) as StateDiff;
      for (const [address, { storage = {} }] of Object.entries(diff.post)) {
        for (const [slot, value] of Object.entries(storage)) {
          found.push({
            where: `storage ${slot} of ${address} written by ${tx.hash}`,
            hex: `${slot.slice(2)}${value.slice(2)}`.toLowerCase(),
          });
        }
      }
    }
  }
  return found;
}

/** Where on the chain each needle occurs: empty when none does. */
function occurrences(chain: readonly ChainBytes[], needles: Needles): string[] {
  return needles.flatMap(({ label, hex }) =>
    chain
      .filter((bytes) => containsBytes(bytes.hex, hex))
      .map(({ where }) => `${label} in ${where}`),
  );
}

describe("the seeded demo diplomas leave no personal data on chain", () => {
  const workDir = mkdtempSync(join(tmpdir(), "ishonch-privacy-"));
  let chain: LocalChain | undefined;
  let provider: JsonRpcProvider | undefined;
  let seeded: SeededDemoData;
  let chainBytes: ChainBytes[];

  beforeAll(async () => {
    chain = await startChain();
    const deployment = await deployIshonch({
      rpcUrl: chain.rpcUrl,
      deploymentFile: join(workDir, "deployment.json"),
    });
    seeded = await seedDemoData(deployment, chain.rpcUrl);
    provider = new JsonRpcProvider(chain.rpcUrl, deployment.chainId, { staticNetwork: true });
    chainBytes = await readWholeChain(provider);
  });

  afterAll(async () => {
    provider?.destroy();
    await chain?.stop();
    rmSync(workDir, { recursive: true, force: true });
  });

  test("the search reads the chain: public data of the seed is found", () => {
    expect(seeded.offchain.diplomas.length).toBeGreaterThan(0);
    expect(chainBytes.some((bytes) => bytes.where.startsWith("storage"))).toBe(true);
    expect(occurrences(chainBytes, textNeedles("name", demoOrganizations[0]!.name))).not.toEqual(
      [],
    );
  });

  test("no graduate's name, birth date or student id is in any input, log or storage write", () => {
    const needles: Needles = seeded.offchain.diplomas.flatMap(({ document }) => {
      const fields = disclosedDiplomaFields(document);
      const names = [fields.holderNameLatin, fields.holderNameCyrillic].filter(
        (name): name is string => Boolean(name),
      );
      return [
        ...names.flatMap((name) => [
          ...textNeedles("name", name),
          ...name.split(" ").flatMap((word) => textNeedles("part of a name", word)),
        ]),
        ...dateNeedles("birth date", fields.dateOfBirth!),
        ...textNeedles("student id", fields.studentId!),
      ];
    });
    expect(needles.length).toBeGreaterThan(seeded.offchain.diplomas.length * 3);
    expect(occurrences(chainBytes, needles)).toEqual([]);
  });
});
