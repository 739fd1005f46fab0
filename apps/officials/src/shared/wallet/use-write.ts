"use client";

import { useRef, useState, type ReactNode } from "react";
import { useRouter } from "next/navigation";
import { useQueryClient } from "@tanstack/react-query";
import { useConnection } from "wagmi";
import { decodeError, IshonchError, type IshonchContracts } from "@ishonch/sdk";
import { errorMessage, wordsIn, type Locale } from "@ishonch/i18n";
import { contractsForSigning } from "./contracts";
import { waitForIndex } from "./index-wait";
import { chainRolesKey } from "./use-chain-roles";
import { useDeployment } from "./WalletProvider";
import { walletWords } from "./words";

/** What a successful write reports: words for the person, and where it landed. */
export interface WriteOutcome {
  describe: () => ReactNode;
  transactionHash: string;
  blockNumber: number;
}

/** One form's write: run it, watch it, forget its outcome. */
export interface IshonchWrite {
  state: WriteState;
  run(operation: (contracts: IshonchContracts) => Promise<WriteOutcome>): Promise<void>;
  /** Signing, or waiting for the index: a second submit is ignored meanwhile. */
  busy: boolean;
  reset(): void;
}

/** A mined transaction: as the SDK's calls report it, or as ethers' receipt. */
export type Mined =
  { transactionHash: string; blockNumber: number } | { hash: string; blockNumber: number };

/** What a mined write reports, with the words for the person. */
export function writeOutcome(mined: Mined, describe: () => ReactNode): WriteOutcome {
  const transactionHash = "hash" in mined ? mined.hash : mined.transactionHash;
  return { describe, transactionHash, blockNumber: mined.blockNumber };
}

/**
 * The app's server refused a step of a write (no session, no role on chain, a malformed
 * record): its words come from the server, in the page's language.
 */
export class ServerRefusalError extends Error {
  override readonly name = "ServerRefusalError";

  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** A contract, wallet or network failure; a server's refusal; or no wallet connected at all. */
export type WriteFailure = IshonchError | ServerRefusalError | "connectFirst";

export type WriteState =
  | { phase: "idle" }
  | { phase: "signing" }
  | { phase: "failed"; error: WriteFailure }
  | ({ phase: "indexing" } & WriteOutcome)
  | ({ phase: "done"; indexed: boolean } & WriteOutcome);

async function readIndexHead(): Promise<number | null> {
  const response = await fetch("/api/index-head", { cache: "no-store" });
  if (!response.ok) return null;
  const body = (await response.json()) as { blockNumber: number | null };
  return body.blockNumber;
}

/**
 * One write through the SDK, signed by the connected wallet: refuses to start off the
 * Ishonch chain, turns every failure into an IshonchError, and after success waits for
 * the index to reach the receipt's block before the server lists are re-read.
 */
export function useIshonchWrite(): IshonchWrite {
  const deployment = useDeployment();
  const { address, chainId, connector, status } = useConnection();
  const router = useRouter();
  const queryClient = useQueryClient();
  const [state, setState] = useState<WriteState>({ phase: "idle" });
  const running = useRef(false);

  async function run(operation: (contracts: IshonchContracts) => Promise<WriteOutcome>) {
    if (running.current) return;
    if (status !== "connected" || !connector || !address) {
      setState({ phase: "failed", error: "connectFirst" });
      return;
    }
    if (chainId !== deployment.chainId) {
      const error = new IshonchError("WrongNetwork", {
        expected: deployment.chainId,
        actual: chainId,
      });
      setState({ phase: "failed", error });
      return;
    }
    running.current = true;
    setState({ phase: "signing" });
    try {
      let outcome: WriteOutcome;
      try {
        outcome = await operation(await contractsForSigning(deployment, connector, address));
      } catch (error) {
        const failure = error instanceof ServerRefusalError ? error : decodeError(error);
        setState({ phase: "failed", error: failure });
        return;
      }
      void queryClient.invalidateQueries({ queryKey: chainRolesKey });
      setState({ phase: "indexing", ...outcome });
      const indexed = await waitForIndex(outcome.blockNumber, readIndexHead);
      router.refresh();
      setState({ phase: "done", indexed, ...outcome });
    } finally {
      running.current = false;
    }
  }

  const busy = state.phase === "signing" || state.phase === "indexing";
  return { state, run, busy, reset: () => setState({ phase: "idle" }) };
}

/** The words for a failed write, in the page's language: never hex, never a stack. */
export function failureText(locale: Locale, error: WriteFailure): string {
  if (error === "connectFirst") return wordsIn(locale, walletWords).write.connectFirst;
  if (error instanceof ServerRefusalError) return error.message;
  return errorMessage(locale, error);
}
