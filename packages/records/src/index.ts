// The records: what the chain cannot rebuild and the index must never be the only copy of.
// What the apps read and write; migrations, import, backup and restore are
// `@ishonch/records/admin`, kept apart so that the apps' bundles never pull them in.
export {
  openRecords,
  closeRecords,
  sharedRecords,
  defaultRecordsUrl,
  type RecordsDatabase,
} from "./database.ts";
export {
  storeIssuedDiplomas,
  storeIssuedOnChain,
  checkIssuedOnChain,
  loadDiplomaCopy,
  findDiplomasByNumber,
  findDiplomasByNumbers,
  searchIssuedDiplomas,
  issuedDiplomaFacets,
  type DiplomaChainFacts,
  type DiplomaNumberRecord,
  type IssuedDiplomaRecord,
  type IssuedDiplomaRow,
  type IssuedDiplomaSearch,
  type IssuedDiplomaStatus,
} from "./diplomas.ts";
export {
  storeSealedDocument,
  deleteSealedDocument,
  loadSealedDocument,
  registerAgencyKey,
  agencyKey,
  appealKeyOf,
  agenciesWithKeys,
  type DocumentKeyWrap,
  type RecordsAuthor,
} from "./appeals.ts";
export { RecordsRefusal, type RecordsRefusalCode } from "./refusal.ts";
export {
  issueSignInNonce,
  useSignInNonce,
  openOfficialsSession,
  officialsSessionOf,
  endOfficialsSession,
  SIGN_IN_NONCE_TTL_MS,
  MAX_SESSION_MS,
  type OfficialsSession,
  type SignInNonce,
  type SignInScope,
} from "./sessions.ts";
export { fileWithRecords, escalateWithRecords } from "./appeal-steps.ts";
export {
  reconcileEscalations,
  recordPendingEscalation,
  completeEscalation,
  abandonEscalation,
  type PendingEscalationRecord,
  type ReconcileReport,
} from "./escalations.ts";
export {
  takeFromLimit,
  admitRelayedWrite,
  chargeRelayedWrite,
  limitRules,
  LimitReachedError,
  type GasBudgetName,
  type LimitName,
  type LimitRule,
  type RelayedWrite,
} from "./limits.ts";
