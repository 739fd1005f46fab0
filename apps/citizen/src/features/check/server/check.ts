/**
 * The independent check's server side: the chain only (packages/check's re-counts), never
 * the index, so the answer does not depend on the operator's database.
 */
import {
  checkAllocation,
  checkAppeal,
  checkPosition,
  connectChain,
  type ChainReader,
} from "@ishonch/check/verify";
import {
  BlockCache,
  findDirectoryMismatches,
  type ContractName,
  type DirectoryMismatch,
  type IshonchDeployment,
} from "@ishonch/sdk";
import { readDeploymentFile } from "@ishonch/sdk/node";
import type { CheckKind } from "../kinds.ts";

/** Where the answer was read: shown so anyone can repeat the check against the same node. */
export interface CheckSource {
  rpcUrl: string;
  contractName: string;
  contractAddress: string;
  blockNumber: number;
}

export interface PositionRow {
  kindergarten: number;
  status: string;
  reportedAhead: number;
  countedAhead: number;
  agrees: boolean;
}

export type CheckResult =
  | { kind: "application"; source: CheckSource; agrees: boolean; preferences: PositionRow[] }
  | { kind: "offer"; source: CheckSource; fair: boolean; checked: number; skipped: number }
  | {
      kind: "appeal";
      source: CheckSource;
      agrees: boolean;
      storedDeadline: string;
      recomputedDeadline: string;
      overdue: boolean;
    };

const contractOf: Record<CheckKind, ContractName> = {
  application: "KindergartenQueue",
  offer: "KindergartenQueue",
  appeal: "CitizenAppeals",
};

async function runCheck(chain: ChainReader, kind: CheckKind, id: number) {
  switch (kind) {
    case "application": {
      const check = await checkPosition(chain, id);
      return {
        kind,
        blockNumber: check.position.blockNumber,
        agrees: check.agrees,
        preferences: check.preferences.map(
          ({ kindergarten, status, reportedAhead, countedAhead, agrees }) => ({
            kindergarten,
            status,
            reportedAhead,
            countedAhead,
            agrees,
          }),
        ),
      } as const;
    }
    case "offer": {
      const { blockNumber, fair, checked, skipped } = await checkAllocation(chain, id);
      return { kind, blockNumber, fair, checked, skipped } as const;
    }
    case "appeal": {
      const check = await checkAppeal(chain, id);
      return {
        kind,
        blockNumber: check.appeal.blockNumber,
        agrees: check.agrees,
        storedDeadline: check.appeal.deadline.toISOString(),
        recomputedDeadline: check.recomputedDeadline.toISOString(),
        overdue: check.overdue,
      } as const;
    }
  }
}

const readers = new Map<string, ChainReader>();

/**
 * One connection per node and deployment for the server's lifetime: a page no longer opens a
 * provider per request. The deployment file is still read per request (a redeployment needs
 * no restart), and a new deployment gets its own connection.
 */
function sharedChain(deployment: IshonchDeployment): ChainReader {
  const key = `${deployment.chainId}@${deployment.rpcUrl}:${JSON.stringify(deployment.contracts)}`;
  let chain = readers.get(key);
  if (!chain) {
    chain = connectChain(deployment);
    readers.set(key, chain);
  }
  return chain;
}

/**
 * Answers by the block they were read at: a re-count (which may read a whole queue) is made
 * once per block and question, however often the page is opened meanwhile.
 */
const answers = new BlockCache<CheckResult>(256);

/** Runs one check on the chain, or reuses its answer at the chain's head; throws what the SDK throws. */
export async function checkOnChain(kind: CheckKind, id: number): Promise<CheckResult> {
  const deployment = readDeploymentFile();
  const chain = sharedChain(deployment);
  const contractName = contractOf[kind];
  const contractAddress = deployment.contracts[contractName];
  const key = `${contractAddress}:${kind}:${id}`;
  // Straight to the node: ethers caches the block number for a moment.
  const head = Number(await chain.provider.send("eth_blockNumber", []));
  const known = answers.get(head, key);
  if (known) return known;
  const { blockNumber, ...result } = await runCheck(chain, kind, id);
  const source: CheckSource = {
    rpcUrl: deployment.rpcUrl,
    contractName,
    contractAddress,
    blockNumber,
  };
  const answer = { ...result, source } as CheckResult;
  answers.set(blockNumber, key, answer);
  return answer;
}

/** The site's configured contracts against the council's directory (`check directory`). */
export interface ContractsCheck {
  rpcUrl: string;
  directory: string;
  /** Empty when every configured contract is the directory's current one. */
  mismatches: DirectoryMismatch[];
}

/** Compares the deployment file this site runs on with the directory. */
export async function checkContractsOnChain(): Promise<ContractsCheck> {
  const deployment = readDeploymentFile();
  return {
    rpcUrl: deployment.rpcUrl,
    directory: deployment.contracts.IshonchDirectory,
    mismatches: await findDirectoryMismatches(sharedChain(deployment).contracts),
  };
}
