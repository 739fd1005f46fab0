/**
 * What a person signs without a wallet (a parent's answer to an offer, a citizen's rating or
 * escalation): EIP-712 typed data in the domain of the contract that checks it (the
 * contracts' RelayedSignatures), signed with the key derived from the person's secret, and
 * carried by a relayer. The domains and types are generated from the contracts.
 */
import type { Signer, TypedDataDomain } from "ethers";
import type { IshonchContracts } from "./contracts.ts";
import { eip712Domains, eip712Types } from "./generated/eip712.ts";

/** How long a person's signature stays usable: long enough to reach the chain, too short to
 * hoard. Counted in chain time: a dev chain may run ahead of the wall clock. */
export const SIGNATURE_LIFETIME_SECONDS = 60 * 60;

/** The contracts that accept a person's signature carried by a relayer. */
export type RelayedSignatureContract = keyof typeof eip712Domains;
/** What a person may sign, by EIP-712 primary type. */
export type RelayedActionType = keyof typeof eip712Types;

/** The EIP-712 domain of `contract` in this deployment. */
export function relayedSignatureDomain(
  contracts: IshonchContracts,
  contract: RelayedSignatureContract,
): TypedDataDomain {
  return {
    ...eip712Domains[contract],
    chainId: contracts.deployment.chainId,
    verifyingContract: contracts.deployment.contracts[contract],
  };
}

/** `signer`'s EIP-712 signature of `message`, an action of `type` that `contract` checks. */
export function signRelayedAction(
  contracts: IshonchContracts,
  contract: RelayedSignatureContract,
  signer: Signer,
  type: RelayedActionType,
  message: Record<string, unknown>,
): Promise<string> {
  const types = { [type]: eip712Types[type].map((field) => ({ ...field })) };
  return signer.signTypedData(relayedSignatureDomain(contracts, contract), types, message);
}
