// Stores off-chain records produced while the index was out of reach (the demo seed runs
// before the index exists): see OffchainRecords in the SDK. Every store is idempotent, so
// importing the same records twice stores nothing twice.
import { sealedDocumentOf, type OffchainRecords } from "@ishonch/sdk";
import { registerAgencyKey, storeSealedDocument } from "./appeal-documents.ts";
import { storeDiplomaCiphertexts, storeIssuedDiplomas } from "./certificate-queries.ts";
import type { IndexDatabase } from "./database.ts";

export async function importOffchainRecords(
  db: IndexDatabase,
  records: OffchainRecords,
): Promise<void> {
  // The copies first: an issued diploma row names its copy by id.
  await storeDiplomaCiphertexts(
    db,
    records.diplomas.map((diploma) => diploma.copy),
  );
  await storeIssuedDiplomas(
    db,
    records.diplomas.map(({ document, copy }) => ({ document, documentId: copy.id })),
  );
  for (const key of records.agencyKeys) await registerAgencyKey(db, key);
  for (const sealed of records.sealedDocuments) {
    await storeSealedDocument(db, sealedDocumentOf(sealed));
  }
}
