export * from "./deployment.ts";
export * from "./contracts.ts";
export * from "./errors.ts";
export { chainNow } from "./chain.ts";
export { BlockCache } from "./block-cache.ts";
export {
  SIGNATURE_LIFETIME_SECONDS,
  type RelayedActionType,
  type RelayedSignatureContract,
} from "./relayed-signatures.ts";
export * from "./events.ts";
export * from "./organizations.ts";
export * from "./generated/enums.ts";
export * from "./queue/index.ts";
export * from "./appeals/index.ts";
export * from "./certificates/index.ts";
export * from "./council/index.ts";
export * from "./offchain-records.ts";
export * from "./directory.ts";
