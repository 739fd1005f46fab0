/**
 * The diplomas a school hands in when it issues. Two kinds of data, kept apart:
 * - public: the encrypted copies the QR codes open (by an id the QR code carries, never with
 *   its key), and the number lookup, which returns a number key's content hash, root and
 *   proof, never a name;
 * - the issuing school's own: names, numbers, programmes and years of the diplomas it issued,
 *   listed only to that school's staff (the officials app checks the staff role on chain and
 *   a wallet signature before calling the search).
 * A verdict never comes from here: the SDK checks every answer on chain.
 */
import { foldForSearch, type Page } from "@ishonch/database";
import {
  REASON_SUPERSEDED,
  verifyDiplomaProof,
  diplomaCertificateHash,
  diplomaContentHash,
  diplomaNumberKey,
  disclosedDiplomaFields,
  numberKeyOf,
  type DiplomaDocument,
  type DiplomaNumberRecordRef,
  type IshonchContracts,
} from "@ishonch/sdk";
import type { RecordsDatabase } from "./database.ts";
import { RecordsRefusal } from "./refusal.ts";
import { Prisma } from "./generated/sqlite/client.ts";
import { insertNew, type RecordsWriter } from "./sql.ts";

/** A freshly issued diploma as its school hands it in: the document and its encrypted copy. */
export interface IssuedDiplomaRecord {
  document: DiplomaDocument;
  copy: { id: string; ciphertext: string };
}

/** Superseded: revoked by a correction (the corrected diploma is listed on its own). */
export type IssuedDiplomaStatus = "Pending" | "Valid" | "Revoked" | "Superseded";

export interface IssuedDiplomaRow {
  certificateHash: string;
  root: string;
  holderName: string;
  series: string;
  number: string;
  programme: string;
  graduationYear: number;
  degreeLevel: string;
  /** Pending until the index has seen the batch on chain. */
  status: IssuedDiplomaStatus;
  revocationReason: number | null;
  revokedAt: Date | null;
  /** The Merkle proof, for revoking this diploma. */
  proof: string[];
}

export interface IssuedDiplomaSearch {
  orgId: number;
  /** Part of the holder's name, or of the series and number. */
  text?: string;
  year?: number;
  programme?: string;
  status?: IssuedDiplomaStatus;
  page?: number;
  pageSize?: number;
}

/**
 * What the chain says of one organization's diplomas, as the index has followed it
 * (`diplomaChainFacts` of @ishonch/index): the search tells each row's status by it.
 */
export interface DiplomaChainFacts {
  issuedRoots: ReadonlySet<string>;
  revokedBatches: ReadonlyMap<string, { revokedAt: Date | null; revocationReason: number | null }>;
  revocations: ReadonlyMap<string, { revokedAt: Date; reason: number }>;
}

/** A class can hold thousands of diplomas; a request-sized 5 s is too short to store one. */
const classTransaction = { maxWait: 30_000, timeout: 300_000 };

function issuedRow(document: DiplomaDocument, storedAt: Date) {
  const shown = disclosedDiplomaFields(document);
  const series = shown.series ?? "";
  const number = shown.number ?? "";
  const holderName = shown.holderNameLatin ?? "";
  return {
    certificate_hash: diplomaCertificateHash(document).toLowerCase(),
    root: document.anchor.root.toLowerCase(),
    org_id: document.orgId,
    number_key: diplomaNumberKey(document).toLowerCase(),
    content_hash: diplomaContentHash(document).toLowerCase(),
    proof: JSON.stringify(document.anchor.proof.map((node) => node.toLowerCase())),
    holder_name: holderName,
    search_text: foldForSearch(
      `${holderName} ${shown.holderNameCyrillic ?? ""} ${series}${number} ${series} ${number}`,
    ),
    series,
    number,
    programme: shown.programme ?? "",
    graduation_year: Number((shown.graduationDate ?? "0").slice(0, 4)),
    degree_level: shown.degreeLevel ?? "",
    stored_at: storedAt,
  };
}

/**
 * Stores diplomas inside the caller's transaction: rows first, then the copies that name
 * them. Idempotent: a diploma or copy stored before is left as it is.
 */
export async function insertIssuedDiplomas(
  writer: RecordsWriter,
  diplomas: readonly IssuedDiplomaRecord[],
): Promise<void> {
  const storedAt = new Date();
  const rows = diplomas.map(({ document }) => issuedRow(document, storedAt));
  await insertNew(writer, "issued_diplomas", rows);
  await insertNew(
    writer,
    "diploma_copies",
    diplomas.map(({ copy }, i) => ({
      id: copy.id,
      certificate_hash: rows[i]!.certificate_hash,
      ciphertext: copy.ciphertext,
      stored_at: storedAt,
    })),
  );
}

/**
 * Records the diplomas a school has just issued, a class or one, with their encrypted
 * copies, in one transaction: after a crash either the whole class is listed and every QR
 * code of it opens, or nothing of it was stored (and storing it again completes it).
 */
export async function storeIssuedDiplomas(
  records: RecordsDatabase,
  diplomas: readonly IssuedDiplomaRecord[],
): Promise<void> {
  await records.prisma.$transaction((tx) => insertIssuedDiplomas(tx, diplomas), classTransaction);
}

/**
 * Refuses diplomas that `orgId` did not issue on chain: each must be of that organization,
 * a leaf of the batch it names (for a single diploma, its root), and that batch on chain for
 * that organization. One chain read per batch, not per diploma.
 */
export async function checkIssuedOnChain(
  contracts: IshonchContracts,
  orgId: number,
  diplomas: readonly IssuedDiplomaRecord[],
): Promise<void> {
  const roots = new Set<string>();
  for (const { document } of diplomas) {
    if (document.orgId !== orgId) throw new RecordsRefusal("OtherOrganization", { orgId });
    const hash = diplomaCertificateHash(document);
    if (!verifyDiplomaProof(orgId, hash, document.anchor.proof, document.anchor.root)) {
      throw new RecordsRefusal("NotIssuedOnChain", { certificateHash: hash });
    }
    roots.add(document.anchor.root.toLowerCase());
  }
  for (const root of roots) {
    // Batches are per organization on chain: the root must be one that orgId issued.
    const batch = await contracts.certificateRegistry.batchOf(orgId, root);
    if (batch.issuedAt === 0n) {
      throw new RecordsRefusal("NotIssuedOnChain", { root });
    }
  }
}

/**
 * Stores diplomas for their school only once the chain shows that school issued them
 * (`checkIssuedOnChain`), so the store can never be filled with rows or copies of diplomas
 * never issued, or issued by another organization. The caller checks who asks (the officials
 * app: a signed-in account with the issuing role in `orgId`, read on chain).
 */
export async function storeIssuedOnChain(
  records: RecordsDatabase,
  contracts: IshonchContracts,
  orgId: number,
  diplomas: readonly IssuedDiplomaRecord[],
): Promise<void> {
  await checkIssuedOnChain(contracts, orgId, diplomas);
  await storeIssuedDiplomas(records, diplomas);
}

/** The encrypted copy a QR code names (its ciphertext), or null. */
export async function loadDiplomaCopy(
  records: RecordsDatabase,
  id: string,
): Promise<string | null> {
  const row = await records.prisma.diplomaCopy.findUnique({ where: { id } });
  return row?.ciphertext ?? null;
}

/**
 * What the number lookup may tell anyone: no name, no field, only what the chain check needs
 * (organization, content hash, root and proof).
 */
export type DiplomaNumberRecord = DiplomaNumberRecordRef;

/**
 * The diplomas recorded under a typed series and number (normally one; a correction adds
 * another). Pass each to the SDK's `verifyDiplomaNumber`, which recomputes the hash from the
 * typed number, so a wrong record here cannot make a diploma look valid.
 */
export async function findDiplomasByNumber(
  records: RecordsDatabase,
  series: string,
  number: string,
): Promise<DiplomaNumberRecord[]> {
  const [found] = await findDiplomasByNumbers(records, [{ series, number }]);
  return found ?? [];
}

interface NumberRow {
  number_key: string;
  org_id: number | bigint;
  content_hash: string;
  root: string;
  proof: string;
}

/**
 * The diplomas recorded under each of many typed numbers, in one query: one list per number,
 * in the order given, each newest first as `findDiplomasByNumber` returns it. What the bulk
 * check passes to the SDK's `verifyDiplomaNumbers`.
 */
export async function findDiplomasByNumbers(
  records: RecordsDatabase,
  numbers: readonly { series: string; number: string }[],
): Promise<DiplomaNumberRecord[][]> {
  const keys = numbers.map(({ series, number }) => numberKeyOf(series, number).toLowerCase());
  if (keys.length === 0) return [];
  // Raw SQL: Prisma's own `in` refuses a list longer than about a thousand values on SQLite,
  // while one statement takes up to 32,766 parameters there (65,535 on PostgreSQL).
  const rows = await records.prisma.$queryRaw<NumberRow[]>`
    SELECT number_key, org_id, content_hash, root, proof FROM issued_diplomas
    WHERE number_key IN (${Prisma.join([...new Set(keys)])})
    ORDER BY stored_at DESC, certificate_hash ASC`;
  const byKey = new Map<string, DiplomaNumberRecord[]>();
  for (const row of rows) {
    const found = byKey.get(row.number_key) ?? [];
    found.push({
      orgId: Number(row.org_id),
      contentHash: row.content_hash,
      root: row.root,
      proof: JSON.parse(row.proof) as string[],
    });
    byKey.set(row.number_key, found);
  }
  return keys.map((key) => byKey.get(key) ?? []);
}

/** The same rule as the search's status filter below, for one row. */
function statusOf(
  batchRevoked: boolean,
  ownRevocationReason: number | undefined,
  issued: boolean,
): IssuedDiplomaStatus {
  if (batchRevoked) return "Revoked";
  if (ownRevocationReason !== undefined) {
    return ownRevocationReason === REASON_SUPERSEDED ? "Superseded" : "Revoked";
  }
  return issued ? "Valid" : "Pending";
}

/** A school's own diplomas, newest first, with their status as the chain's facts tell it. */
export async function searchIssuedDiplomas(
  records: RecordsDatabase,
  chain: DiplomaChainFacts,
  search: IssuedDiplomaSearch,
): Promise<Page<IssuedDiplomaRow>> {
  const page = Math.max(1, search.page ?? 1);
  const pageSize = Math.min(200, Math.max(1, search.pageSize ?? 50));
  const supersededHashes: string[] = [];
  const otherRevokedHashes: string[] = [];
  for (const [certificateHash, { reason }] of chain.revocations) {
    (reason === REASON_SUPERSEDED ? supersededHashes : otherRevokedHashes).push(certificateHash);
  }
  const revokedRoots = [...chain.revokedBatches.keys()];
  const issuedRoots = [...chain.issuedRoots];
  // A revoked batch outranks a correction: its diplomas are all Revoked.
  const isRevoked = {
    OR: [{ certificateHash: { in: otherRevokedHashes } }, { root: { in: revokedRoots } }],
  };
  const isSuperseded = {
    certificateHash: { in: supersededHashes },
    root: { notIn: revokedRoots },
  };
  const byStatus = {
    Revoked: isRevoked,
    Superseded: isSuperseded,
    Valid: {
      root: { in: issuedRoots },
      certificateHash: { notIn: supersededHashes },
      NOT: isRevoked,
    },
    Pending: { root: { notIn: issuedRoots } },
  } as const;
  const text = search.text ? foldForSearch(search.text) : "";
  const where = {
    orgId: search.orgId,
    ...(text ? { searchText: { contains: text } } : {}),
    ...(search.year ? { graduationYear: search.year } : {}),
    ...(search.programme ? { programme: search.programme } : {}),
    ...(search.status ? byStatus[search.status] : {}),
  };
  const [total, rows] = await Promise.all([
    records.prisma.issuedDiploma.count({ where }),
    records.prisma.issuedDiploma.findMany({
      where,
      orderBy: [{ storedAt: "desc" }, { series: "asc" }, { number: "asc" }],
      skip: (page - 1) * pageSize,
      take: pageSize,
    }),
  ]);
  return {
    total,
    items: rows.map((row) => {
      const own = chain.revocations.get(row.certificateHash);
      const batch = chain.revokedBatches.get(row.root);
      const status = statusOf(!!batch, own?.reason, chain.issuedRoots.has(row.root));
      return {
        certificateHash: row.certificateHash,
        root: row.root,
        holderName: row.holderName,
        series: row.series,
        number: row.number,
        programme: row.programme,
        graduationYear: row.graduationYear,
        degreeLevel: row.degreeLevel,
        status,
        revocationReason: own?.reason ?? batch?.revocationReason ?? null,
        revokedAt: own?.revokedAt ?? batch?.revokedAt ?? null,
        proof: JSON.parse(row.proof) as string[],
      };
    }),
  };
}

/** The programmes and graduation years of a school's diplomas, for the search filters. */
export async function issuedDiplomaFacets(
  records: RecordsDatabase,
  orgId: number,
): Promise<{ programmes: string[]; years: number[] }> {
  const [programmes, years] = await Promise.all([
    records.prisma.issuedDiploma.findMany({
      where: { orgId },
      distinct: ["programme"],
      select: { programme: true },
      orderBy: { programme: "asc" },
    }),
    records.prisma.issuedDiploma.findMany({
      where: { orgId },
      distinct: ["graduationYear"],
      select: { graduationYear: true },
      orderBy: { graduationYear: "desc" },
    }),
  ]);
  return {
    programmes: programmes.map((row) => row.programme),
    years: years.map((row) => row.graduationYear),
  };
}
