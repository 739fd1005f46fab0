// What the appeals tests do outside the officials app, as the other actors would: the
// citizen service (relayer) files and stores sealed appeals, the citizen rates and
// escalates with their secret, organizations' heads appoint appeals officers, and time
// passes on the chain. Everything goes through the SDK and the records' own functions.
import {
  StaffRole,
  appealStatus,
  devAgencyKeyPair,
  grantStaffRole,
  openAsCitizen,
  prepareAppeal,
  prepareComplaint,
  rateAnswer,
  signRateAnswer,
  staffRolesOf,
  DEFAULT_RELAYER_ACCOUNT,
  type Address,
  type AgencyKey,
  type AppealTypeName,
  type CitizenSecret,
} from "@ishonch/sdk";
import {
  closeRecords,
  escalateWithRecords,
  fileWithRecords,
  loadSealedDocument,
  openRecords,
  type RecordsDatabase,
} from "@ishonch/records";
import { contractsOf } from "./chain";
import type { PlatformInfo } from "./platform-info";

async function withRecords<T>(
  platform: PlatformInfo,
  use: (records: RecordsDatabase) => Promise<T>,
): Promise<T> {
  const records = await openRecords(platform.databases.records);
  try {
    return await use(records);
  } finally {
    await closeRecords(records);
  }
}

/** How many sealed documents the platform's records hold (to check a refusal stored none). */
export function sealedDocumentCount(platform: PlatformInfo): Promise<number> {
  return withRecords(platform, (records) => records.prisma.appealDocument.count());
}

/** The dev chain's key of an agency (as the citizen app seals for it). */
export function demoAgencyKey(agencyId: number): AgencyKey {
  return { agencyId, publicKey: devAgencyKeyPair(agencyId).publicKey };
}

/** Makes `account` an AppealsOfficer of `orgId`, signed by the organization's head. */
export async function ensureAppealsOfficer(
  platform: PlatformInfo,
  headIndex: number,
  orgId: number,
  account: Address,
): Promise<void> {
  const { contracts, provider } = await contractsOf(platform, headIndex);
  try {
    if (!(await staffRolesOf(contracts, orgId, account)).includes("AppealsOfficer")) {
      await grantStaffRole(contracts, orgId, StaffRole.AppealsOfficer, account);
    }
  } finally {
    provider.destroy();
  }
}

export interface FiledTestAppeal {
  id: number;
  secret: CitizenSecret;
  deadline: Date;
}

/** Files an appeal as the citizen service does: seal, store, then register on chain. */
export async function fileTestAppeal(
  platform: PlatformInfo,
  appeal: { agencyId: number; appealType: AppealTypeName; text: string },
): Promise<FiledTestAppeal> {
  const prepared = await prepareAppeal({
    ...appeal,
    agencyKey: demoAgencyKey(appeal.agencyId),
    files: [],
  });
  const { contracts, provider } = await contractsOf(platform, DEFAULT_RELAYER_ACCOUNT);
  try {
    const filed = await withRecords(platform, (records) =>
      fileWithRecords(records, contracts, prepared),
    );
    return { id: filed.id, secret: prepared.secret, deadline: filed.deadline };
  } finally {
    provider.destroy();
  }
}

/** The answer's text as the citizen reads it with their secret. */
export async function citizenReadsAnswer(
  platform: PlatformInfo,
  answerCommitment: string,
  secret: CitizenSecret,
): Promise<string> {
  const sealed = await withRecords(platform, (records) =>
    loadSealedDocument(records, answerCommitment),
  );
  if (!sealed) throw new Error(`no stored answer ${answerCommitment}`);
  return (await openAsCitizen(sealed, secret)).text;
}

/**
 * The citizen rates the answer unsatisfactory and escalates to the superior, with a
 * complaint; they give the superior the keys of the appeal and the answer, as the citizen
 * service does (escalateWithRecords). Returns the complaint's tracking number.
 */
export async function rateBadlyAndEscalate(
  platform: PlatformInfo,
  appeal: { id: number; secret: CitizenSecret; superiorId: number; complaint: string },
): Promise<number> {
  const { contracts, provider } = await contractsOf(platform, DEFAULT_RELAYER_ACCOUNT);
  try {
    const view = await appealStatus(contracts, appeal.id);
    const rating = 1;
    await rateAnswer(
      contracts,
      appeal.id,
      rating,
      await signRateAnswer(contracts, appeal.secret, appeal.id, rating),
    );
    const superior = demoAgencyKey(appeal.superiorId);
    const complaint = await prepareComplaint({
      secret: appeal.secret,
      superiorId: appeal.superiorId,
      superiorKey: superior,
      text: appeal.complaint,
      files: [],
    });
    const escalated = await withRecords(platform, (records) =>
      escalateWithRecords(records, contracts, {
        appeal: view,
        secret: appeal.secret,
        superior,
        complaint,
      }),
    );
    return escalated.escalationId;
  } finally {
    provider.destroy();
  }
}
