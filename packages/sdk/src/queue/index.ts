export * from "./age.ts";
export * from "./identity.ts";
export * from "./operations.ts";
export * from "./fairness.ts";
export {
  GENERAL_TIER,
  getAgeGroup,
  getPriorityCategory,
  getQueueApplication,
  getQueueCounters,
  getQueueOffer,
  isQueueRelayer,
  positionOf,
  type AgeGroupSetting,
  type ApplicationPosition,
  type PreferencePosition,
  type PriorityCategorySetting,
  type QueueApplication,
  type QueueCounters,
  type QueueOffer,
} from "./reads.ts";
export { offersMadeIn, type OfferMade, type QueueWriteResult } from "./transactions.ts";
export * from "./relayer.ts";
