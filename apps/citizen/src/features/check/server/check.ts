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

/** Runs `read` on a fresh connection to the deployment's node, closed afterwards. */
async function onFreshChain<T>(
  read: (chain: ChainReader, deployment: IshonchDeployment) => Promise<T>,
): Promise<T> {
  const deployment = readDeploymentFile();
  const chain = connectChain(deployment);
  try {
    return await read(chain, deployment);
  } finally {
    chain.close();
  }
}

/** Runs one check on a fresh connection to the deployment's node; throws what the SDK throws. */
export function checkOnChain(kind: CheckKind, id: number): Promise<CheckResult> {
  return onFreshChain(async (chain, deployment) => {
    const { blockNumber, ...result } = await runCheck(chain, kind, id);
    const contractName = contractOf[kind];
    const source: CheckSource = {
      rpcUrl: deployment.rpcUrl,
      contractName,
      contractAddress: deployment.contracts[contractName],
      blockNumber,
    };
    return { ...result, source } as CheckResult;
  });
}

/** The site's configured contracts against the council's directory (`check directory`). */
export interface ContractsCheck {
  rpcUrl: string;
  directory: string;
  /** Empty when every configured contract is the directory's current one. */
  mismatches: DirectoryMismatch[];
}

/** Compares the deployment file this site runs on with the directory, on a fresh connection. */
export function checkContractsOnChain(): Promise<ContractsCheck> {
  return onFreshChain(async (chain, deployment) => ({
    rpcUrl: deployment.rpcUrl,
    directory: deployment.contracts.IshonchDirectory,
    mismatches: await findDirectoryMismatches(chain.contracts),
  }));
}
