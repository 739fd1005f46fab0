import type { RecordsDatabase } from "./database.ts";

/**
 * Deletes every record, in one transaction. Only for a local platform whose chain was
 * replaced (`npm start` on a PostgreSQL database): the records of a chain that is gone name
 * nothing that exists. Never on a real network's records: nothing can bring them back.
 */
export async function eraseRecords(records: RecordsDatabase): Promise<void> {
  await records.prisma.$transaction([
    records.prisma.pendingEscalation.deleteMany(),
    records.prisma.appealKeyWrap.deleteMany(),
    records.prisma.appealDocument.deleteMany(),
    records.prisma.appealAgencyKey.deleteMany(),
    records.prisma.diplomaCopy.deleteMany(),
    records.prisma.issuedDiploma.deleteMany(),
  ]);
}
