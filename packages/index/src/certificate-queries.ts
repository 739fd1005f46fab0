/**
 * Diplomas as the index knows them. Two kinds of data, kept apart:
 * - public: batches and revocations (projections of the chain), and the number lookup, which
 *   returns a number key's content hash, root and proof, never a name;
 * - the issuing school's own: names, numbers, programmes and years of the diplomas it issued,
 *   stored by the officials app when it issues and listed only to that school's staff (the
 *   app checks the staff role on chain and a wallet signature before calling the search).
 * A verdict never comes from here: the SDK checks every answer on chain.
 */
import {
  REASON_SUPERSEDED,
  diplomaCertificateHash,
  diplomaContentHash,
  diplomaNumberKey,
  disclosedDiplomaFields,
  numberKeyOf,
  type DiplomaDocument,
} from "@ishonch/sdk";
import type { IndexDatabase } from "./database.ts";
import { foldForSearch } from "./search-text.ts";
import type { Page } from "./queries.ts";

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
  /** Pending until the indexer has seen the batch on chain. */
  status: IssuedDiplomaStatus;
  revocationReason: number | null;
  revokedAt: Date | null;
  /** The Merkle proof, for revoking this diploma. */
  proof: string[];
  documentId: string | null;
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
 * Records the diplomas a school has just issued (their documents, and the ids of their
 * encrypted copies). Idempotent: storing a diploma again changes nothing.
 */
export async function storeIssuedDiplomas(
  db: IndexDatabase,
  diplomas: readonly { document: DiplomaDocument; documentId: string | null }[],
): Promise<void> {
  const storedAt = new Date();
  const rows = diplomas.map(({ document, documentId }) => {
    const shown = disclosedDiplomaFields(document);
    const series = shown.series ?? "";
    const number = shown.number ?? "";
    const holderName = shown.holderNameLatin ?? "";
    return {
      certificateHash: diplomaCertificateHash(document).toLowerCase(),
      root: document.anchor.root.toLowerCase(),
      orgId: document.orgId,
      numberKey: diplomaNumberKey(document).toLowerCase(),
      contentHash: diplomaContentHash(document).toLowerCase(),
      proof: JSON.stringify(document.anchor.proof.map((node) => node.toLowerCase())),
      holderName,
      searchText: foldForSearch(
        `${holderName} ${shown.holderNameCyrillic ?? ""} ${series}${number} ${series} ${number}`,
      ),
      series,
      number,
      programme: shown.programme ?? "",
      graduationYear: Number((shown.graduationDate ?? "0").slice(0, 4)),
      degreeLevel: shown.degreeLevel ?? "",
      documentId,
      storedAt,
    };
  });
  const existing = new Set(
    (
      await db.prisma.issuedDiploma.findMany({
        where: { certificateHash: { in: rows.map((row) => row.certificateHash) } },
        select: { certificateHash: true },
      })
    ).map((row) => row.certificateHash),
  );
  const fresh = rows.filter((row) => !existing.has(row.certificateHash));
  if (fresh.length > 0) await db.prisma.issuedDiploma.createMany({ data: fresh });
}

/** Stores encrypted diploma copies by id (idempotent). The key is never sent here. */
export async function storeDiplomaCiphertexts(
  db: IndexDatabase,
  copies: readonly { id: string; ciphertext: string }[],
): Promise<void> {
  const existing = new Set(
    (
      await db.prisma.diplomaCiphertext.findMany({
        where: { id: { in: copies.map((copy) => copy.id) } },
        select: { id: true },
      })
    ).map((row) => row.id),
  );
  const storedAt = new Date();
  const fresh = copies
    .filter((copy) => !existing.has(copy.id))
    .map((copy) => ({ ...copy, storedAt }));
  if (fresh.length > 0) await db.prisma.diplomaCiphertext.createMany({ data: fresh });
}

/** The encrypted copy a QR code names, or null. */
export async function loadDiplomaCiphertext(db: IndexDatabase, id: string): Promise<string | null> {
  const row = await db.prisma.diplomaCiphertext.findUnique({ where: { id } });
  return row?.ciphertext ?? null;
}

/** What the number lookup may tell anyone: no name, no field, only what the chain check needs. */
export interface DiplomaNumberRecord {
  orgId: number;
  contentHash: string;
  root: string;
  proof: string[];
}

/**
 * The diplomas recorded under a typed series and number (normally one; a correction adds
 * another). Pass each to the SDK's `verifyDiplomaNumber`, which recomputes the hash from the
 * typed number, so a wrong record here cannot make a diploma look valid.
 */
export async function findDiplomasByNumber(
  db: IndexDatabase,
  series: string,
  number: string,
): Promise<DiplomaNumberRecord[]> {
  const rows = await db.prisma.issuedDiploma.findMany({
    where: { numberKey: numberKeyOf(series, number).toLowerCase() },
    orderBy: { storedAt: "desc" },
    select: { orgId: true, contentHash: true, root: true, proof: true },
  });
  return rows.map((row) => ({ ...row, proof: JSON.parse(row.proof) as string[] }));
}

async function revokedOf(db: IndexDatabase, orgId: number) {
  const [batches, revocations] = await Promise.all([
    db.prisma.certificateBatch.findMany({
      where: { orgId },
      select: { root: true, revokedAt: true, revocationReason: true },
    }),
    db.prisma.certificateRevocation.findMany({
      where: { orgId },
      select: { certificateHash: true, revokedAt: true, reason: true },
    }),
  ]);
  return {
    issuedRoots: new Set(batches.map((batch) => batch.root)),
    revokedBatches: new Map(
      batches.filter((batch) => batch.revokedAt).map((batch) => [batch.root, batch]),
    ),
    revocations: new Map(revocations.map((revocation) => [revocation.certificateHash, revocation])),
  };
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

/** A school's own diplomas, newest first, with their status as the index has seen it. */
export async function searchIssuedDiplomas(
  db: IndexDatabase,
  search: IssuedDiplomaSearch,
): Promise<Page<IssuedDiplomaRow>> {
  const page = Math.max(1, search.page ?? 1);
  const pageSize = Math.min(200, Math.max(1, search.pageSize ?? 50));
  const chain = await revokedOf(db, search.orgId);
  const supersededHashes: string[] = [];
  const otherRevokedHashes: string[] = [];
  for (const { certificateHash, reason } of chain.revocations.values()) {
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
    db.prisma.issuedDiploma.count({ where }),
    db.prisma.issuedDiploma.findMany({
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
        documentId: row.documentId,
      };
    }),
  };
}

/** The programmes and graduation years of a school's diplomas, for the search filters. */
export async function issuedDiplomaFacets(
  db: IndexDatabase,
  orgId: number,
): Promise<{ programmes: string[]; years: number[] }> {
  const [programmes, years] = await Promise.all([
    db.prisma.issuedDiploma.findMany({
      where: { orgId },
      distinct: ["programme"],
      select: { programme: true },
      orderBy: { programme: "asc" },
    }),
    db.prisma.issuedDiploma.findMany({
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
