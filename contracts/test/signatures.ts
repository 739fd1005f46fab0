// What parents and citizens sign, made as their apps make it: EIP-712 typed data in the
// contract's own domain (RelayedSignatures), signed with the key derived from their secret,
// and carried by a relayer.
import type { BaseContract, Signer, TypedDataDomain, TypedDataField } from "ethers";
import { ethers } from "./fixtures.js";

type Types = Record<string, TypedDataField[]>;

/** The EIP-712 domain names of the queue's and the appeals' signatures (version 1 both). */
export const QUEUE_DOMAIN = "KindergartenQueue";
export const APPEALS_DOMAIN = "Ishonch Appeals";

/** A parent's answer to an offer, or withdrawal (KindergartenQueue.PARENT_ACTION_TYPEHASH). */
export const PARENT_ACTION_TYPES: Types = {
  ParentAction: [
    { name: "application", type: "uint64" },
    { name: "action", type: "uint8" },
    { name: "offerId", type: "uint64" },
    { name: "nonce", type: "uint64" },
    { name: "deadline", type: "uint64" },
  ],
};

/** A citizen's rating of an answer (CitizenAppeals.RATE_ANSWER_TYPEHASH). */
export const RATE_ANSWER_TYPES: Types = {
  RateAnswer: [
    { name: "appealId", type: "uint64" },
    { name: "rating", type: "uint8" },
    { name: "validUntil", type: "uint256" },
  ],
};

/** A citizen's escalation to the superior (CitizenAppeals.ESCALATE_TYPEHASH). */
export const ESCALATE_TYPES: Types = {
  Escalate: [
    { name: "appealId", type: "uint64" },
    { name: "complaintCommitment", type: "bytes32" },
    { name: "validUntil", type: "uint256" },
  ],
};

/** The domain `name` (version 1) of `contract` on this chain. */
export async function domainOf(name: string, contract: BaseContract): Promise<TypedDataDomain> {
  const { chainId } = await ethers.provider.getNetwork();
  return { name, version: "1", chainId, verifyingContract: await contract.getAddress() };
}

/** `key`'s signature of `value`, of type `types`, in `contract`'s domain `name`. */
export async function signTypedData(
  key: Signer,
  name: string,
  contract: BaseContract,
  types: Types,
  value: Record<string, unknown>,
): Promise<string> {
  return key.signTypedData(await domainOf(name, contract), types, value);
}
