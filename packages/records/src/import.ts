// Stores records produced while the records database was out of reach (the demo seed runs
// before the platform opens it): see OffchainRecords in the SDK. One transaction for the
// whole file, and every insert idempotent: importing the same file twice stores nothing twice.
import { sealedDocumentOf, type OffchainRecords } from "@ishonch/sdk";
import { insertSealedDocument, upsertAgencyKeys } from "./appeals.ts";
import type { RecordsDatabase } from "./database.ts";
import { insertIssuedDiplomas } from "./diplomas.ts";

export async function importOffchainRecords(
  records: RecordsDatabase,
  file: OffchainRecords,
): Promise<void> {
  await records.prisma.$transaction(
    async (tx) => {
      await insertIssuedDiplomas(tx, file.diplomas);
      for (const sealed of file.sealedDocuments) {
        await insertSealedDocument(tx, sealedDocumentOf(sealed), "import");
      }
      await upsertAgencyKeys(tx, file.agencyKeys);
    },
    { maxWait: 30_000, timeout: 300_000 },
  );
}
