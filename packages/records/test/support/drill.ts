/**
 * What the drills do on a running platform, as its users would (through the same functions
 * the apps call), and what they check afterwards, as a graduate, an employer, a citizen and
 * an agency would: every QR code opens and verifies on chain, every appeal opens for its
 * citizen and for the agency that holds it now.
 */
import { JsonRpcProvider } from "ethers";
import type { DemoData, Platform, SeededDemoData } from "@ishonch/devnet";
import { appealInbox, getAppealRow, indexHead, type IndexDatabase } from "@ishonch/index";
import {
  DEFAULT_RELAYER_ACCOUNT,
  appealStatus,
  connectIshonch,
  decryptDocument,
  devAgencyKeyPair,
  diplomaCertificateHash,
  encryptDocument,
  issueBatch,
  openAsAgency,
  openAsCitizen,
  prepareAppeal,
  prepareDiplomas,
  verifyDocument,
  type CitizenSecret,
  type DiplomaFields,
  type IshonchContracts,
} from "@ishonch/sdk";
import {
  fileWithRecords,
  loadDiplomaCopy,
  loadSealedDocument,
  type IssuedDiplomaRecord,
  type RecordsDatabase,
} from "../../src/index.ts";

/** What a printed QR code carries, and the diploma it is of. */
export interface DrillQr {
  id: string;
  key: string;
  certificateHash: string;
}

/** The demo's QR codes (the seed's copies, imported by the platform) as drill QR codes. */
export function demoQrCodes(demo: SeededDemoData): DrillQr[] {
  return demo.diplomaQrCodes.map(({ id, key }) => {
    const { document } = demo.offchain.diplomas.find(({ copy }) => copy.id === id)!;
    return { id, key, certificateHash: diplomaCertificateHash(document) };
  });
}

export interface DrillClass {
  root: string;
  diplomas: IssuedDiplomaRecord[];
  qrs: DrillQr[];
}

export interface DrillAppeal {
  id: number;
  secret: CitizenSecret;
  text: string;
}

/** The chain of a platform: a provider, and the contracts signed by a node account. */
export function chainOf(platform: Platform) {
  const provider = new JsonRpcProvider(platform.rpcUrl, platform.chainId, {
    staticNetwork: true,
    pollingInterval: 50,
    // The drills move the chain's clock: an answer ethers kept from 250 ms ago (its default)
    // can predate the move, and make an expired signature look valid.
    cacheTimeout: -1,
  });
  return {
    provider,
    reader: connectIshonch(platform.deployment, provider),
    as: async (index: number) =>
      connectIshonch(platform.deployment, await provider.getSigner(index)),
  };
}

/**
 * A class of SYNTHETIC graduates issued on chain with one signature by the demo's first
 * diploma issuer, with the encrypted copies the officials app makes (not yet stored).
 */
export async function issueClass(
  platform: Platform,
  demo: DemoData,
  size: number,
  series: string,
): Promise<DrillClass> {
  const issuer = demo.accounts.find((account) => account.role === "DiplomaIssuer")!;
  const fields: DiplomaFields[] = Array.from({ length: size }, (_, i) => ({
    holderNameLatin: `Sinov Drill ${series} ${i + 1}`,
    holderNameCyrillic: "",
    dateOfBirth: "2002-01-15",
    studentId: `DRILL-${series}-${i + 1}`,
    faculty: "Sinov fakulteti",
    programme: "Amaliy matematika",
    degreeLevel: "Bachelor",
    grade: "4.5",
    graduationDate: "2026-06-30",
    series,
    number: String(100_000 + i),
  }));
  const chain = chainOf(platform);
  try {
    const prepared = await prepareDiplomas(issuer.orgId, fields);
    const { root, documents } = await issueBatch(await chain.as(issuer.index), prepared);
    const diplomas: IssuedDiplomaRecord[] = [];
    const qrs: DrillQr[] = [];
    for (const document of documents) {
      const { id, key, ciphertext } = await encryptDocument(document);
      diplomas.push({ document, copy: { id, ciphertext } });
      qrs.push({ id, key, certificateHash: diplomaCertificateHash(document) });
    }
    return { root: root.toLowerCase(), diplomas, qrs };
  } finally {
    chain.provider.destroy();
  }
}

/** Appeals filed to `agencyId` as the citizen service files them (fileWithRecords). */
export async function fileAppeals(
  platform: Platform,
  records: RecordsDatabase,
  agencyId: number,
  texts: string[],
): Promise<DrillAppeal[]> {
  const chain = chainOf(platform);
  try {
    const relayer = await chain.as(DEFAULT_RELAYER_ACCOUNT);
    const agencyKey = { agencyId, publicKey: devAgencyKeyPair(agencyId).publicKey };
    const filed: DrillAppeal[] = [];
    for (const text of texts) {
      const prepared = await prepareAppeal({
        appealType: "Complaint",
        agencyId,
        agencyKey,
        text,
        files: [],
      });
      const { id } = await fileWithRecords(records, relayer, prepared);
      filed.push({ id, secret: prepared.secret, text });
    }
    return filed;
  } finally {
    chain.provider.destroy();
  }
}

/** Moves the chain's clock forward and mines a block. */
export async function advanceChainTime(platform: Platform, seconds: number): Promise<void> {
  const { provider } = chainOf(platform);
  try {
    await provider.send("evm_increaseTime", [seconds]);
    await provider.send("evm_mine", []);
  } finally {
    provider.destroy();
  }
}

/** Rows of the school's list without an encrypted copy, and copies without their row. */
export async function unmatchedDiplomaRecords(records: RecordsDatabase) {
  const count = async (sql: string) =>
    Number((await records.prisma.$queryRawUnsafe<{ n: number | bigint }[]>(sql))[0]!.n);
  return {
    rowsWithoutCopy: await count(
      "SELECT COUNT(*) AS n FROM issued_diplomas d WHERE NOT EXISTS " +
        "(SELECT 1 FROM diploma_copies c WHERE c.certificate_hash = d.certificate_hash)",
    ),
    copiesWithoutRow: await count(
      "SELECT COUNT(*) AS n FROM diploma_copies c WHERE NOT EXISTS " +
        "(SELECT 1 FROM issued_diplomas d WHERE d.certificate_hash = c.certificate_hash)",
    ),
  };
}

/** How many rows of a class's root the school's list holds. */
export function classRows(records: RecordsDatabase, root: string): Promise<number> {
  return records.prisma.issuedDiploma.count({ where: { root } });
}

/**
 * Every QR code opens: its copy is there and decrypts with the printed key to the diploma it
 * is of. The first diploma of each class also verifies as valid on chain (which holds one
 * root per class; every other diploma's proof against it is what opening checked).
 */
export async function expectQrCodesOpen(
  records: RecordsDatabase,
  reader: IshonchContracts,
  qrs: readonly DrillQr[],
): Promise<void> {
  const verifiedRoots = new Set<string>();
  for (const qr of qrs) {
    const ciphertext = await loadDiplomaCopy(records, qr.id);
    if (ciphertext === null) throw new Error(`QR code ${qr.id} opens no copy`);
    const document = await decryptDocument(ciphertext, qr.key, qr.id);
    if (diplomaCertificateHash(document) !== qr.certificateHash) {
      throw new Error(`QR code ${qr.id} opens another diploma`);
    }
    if (verifiedRoots.has(document.anchor.root)) continue;
    verifiedRoots.add(document.anchor.root);
    const verdict = await verifyDocument(reader, document);
    if (verdict.kind !== "valid") throw new Error(`QR code ${qr.id} verifies ${verdict.kind}`);
  }
}

/**
 * Every appeal opens for its citizen (with the secret) and for the agency that holds it now,
 * which finds it through the index; an escalated one for the superior too, with its complaint
 * in the superior's escalation queue.
 */
export async function expectAppealsOpen(
  records: RecordsDatabase,
  index: IndexDatabase,
  reader: IshonchContracts,
  appeals: readonly DrillAppeal[],
): Promise<void> {
  const sealedOf = async (commitment: string) => {
    const sealed = await loadSealedDocument(records, commitment);
    if (!sealed) throw new Error(`no sealed document ${commitment}`);
    return { ...sealed, commitment };
  };
  const agencyKey = (agencyId: number) => devAgencyKeyPair(agencyId).privateKey;
  for (const appeal of appeals) {
    const view = await appealStatus(reader, appeal.id);
    const content = await sealedOf(view.contentCommitment);
    if ((await openAsCitizen(content, appeal.secret)).text !== appeal.text) {
      throw new Error(`appeal ${appeal.id} does not open for its citizen`);
    }
    const row = await getAppealRow(index, appeal.id, view.chainTime);
    if (row?.agencyId !== view.agencyId) throw new Error(`the index lacks appeal ${appeal.id}`);
    if (
      (await openAsAgency(content, view.agencyId, agencyKey(view.agencyId))).text !== appeal.text
    ) {
      throw new Error(`appeal ${appeal.id} does not open for agency ${view.agencyId}`);
    }
    if (view.escalatedTo === null) continue;
    const complaint = await appealStatus(reader, view.escalatedTo);
    const superior = complaint.agencyId;
    if ((await openAsAgency(content, superior, agencyKey(superior))).text !== appeal.text) {
      throw new Error(`escalated appeal ${appeal.id} does not open for its superior ${superior}`);
    }
    const sealedComplaint = await sealedOf(complaint.contentCommitment);
    await openAsAgency(sealedComplaint, superior, agencyKey(superior));
    await openAsCitizen(sealedComplaint, appeal.secret);
    const queue = await appealInbox(index, {
      agencyId: superior,
      now: view.chainTime,
      escalationsOnly: true,
      limit: 500,
    });
    if (!queue.items.some((item) => item.id === complaint.id)) {
      throw new Error(`complaint ${complaint.id} is not in the superior's escalation queue`);
    }
  }
}

/** Stored appeal documents whose commitment no CitizenAppeals log names (nothing should be). */
export async function documentsNotOnChain(
  records: RecordsDatabase,
  platform: Platform,
): Promise<string[]> {
  const { provider } = chainOf(platform);
  try {
    const logs = await provider.getLogs({
      address: platform.deployment.contracts.CitizenAppeals,
      fromBlock: platform.deployment.startBlock,
    });
    const named = logs
      .map((log) => [log.data, ...log.topics].join(""))
      .join("")
      .toLowerCase();
    const documents = await records.prisma.appealDocument.findMany({
      select: { commitment: true },
    });
    return documents
      .map((document) => document.commitment)
      .filter((commitment) => !named.includes(commitment.slice(2).toLowerCase()));
  } finally {
    provider.destroy();
  }
}

/** Waits until the index has followed the chain to its current head. */
export async function indexReachesHead(index: IndexDatabase, platform: Platform): Promise<void> {
  const { provider } = chainOf(platform);
  try {
    const head = await provider.getBlockNumber();
    for (let waited = 0; ((await indexHead(index))?.blockNumber ?? -1) < head; waited += 100) {
      if (waited > 60_000) throw new Error(`the index did not reach block ${head} in 60 s`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  } finally {
    provider.destroy();
  }
}
