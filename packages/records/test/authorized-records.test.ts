// The records' own rules, on SQLite and PostgreSQL: migration 0002 keeps every wrap stored
// before it; a key wrap is added, never replaced, and a reader still opens the document when a
// wrong wrap sits beside the right one; a blob stored under another commitment is refused.
import { afterAll, describe, expect, test } from "vitest";
import {
  generateAgencyKeyPair,
  openDocument,
  sealDocument,
  type SealedDocument,
} from "@ishonch/sdk";
import { applyMigrations } from "@ishonch/database/migrate";
import {
  RecordsRefusal,
  closeRecords,
  loadSealedDocument,
  openRecords,
  storeSealedDocument,
  type RecordsDatabase,
} from "../src/index.ts";
import { insertKeyWraps } from "../src/appeals.ts";
import { migrateRecords, migrationFiles } from "../src/admin.ts";
import { testBackends } from "./support/databases.ts";

const backends = testBackends();
/** On a machine without PostgreSQL its tests are left out; in CI it is required. */
const usable = backends.filter((backend) => backend.skipReason === null);
const citizen = generateAgencyKeyPair();
const agency = generateAgencyKeyPair();

afterAll(async () => {
  for (const backend of backends) await backend.cleanUp();
});

function seal(text: string): Promise<SealedDocument> {
  return sealDocument({ kind: "answer", text, attachments: [] }, [
    { id: "citizen", publicKey: citizen.publicKey },
    { id: "agency:7", publicKey: agency.publicKey },
  ]);
}

async function withRecords(
  backend: (typeof backends)[number],
  run: (records: RecordsDatabase) => Promise<void>,
  migrate = true,
): Promise<void> {
  const records = await openRecords(await backend.newDatabaseUrl(), { create: true });
  try {
    if (migrate) await migrateRecords(records);
    await run(records);
  } finally {
    await closeRecords(records);
  }
}

describe.each(usable.map((backend) => [backend.provider, backend] as const))(
  "records on %s",
  (_provider, backend) => {
    test("migration 0002 keeps the wraps stored before it, as their first versions", async () => {
      await withRecords(
        backend,
        async (records) => {
          const table = { table: "records_migrations" };
          await applyMigrations(records, {
            ...table,
            files: migrationFiles(records.provider).slice(0, 1),
          });
          const sealed = await seal("Stored before the versions.");
          const storedAt = new Date("2026-11-01T10:00:00Z");
          await records.prisma
            .$executeRaw`INSERT INTO appeal_documents (commitment, blob, stored_at) VALUES (${sealed.commitment}, ${new Uint8Array(sealed.blob)}, ${storedAt})`;
          for (const wrap of sealed.wraps) {
            await records.prisma
              .$executeRaw`INSERT INTO appeal_key_wraps (commitment, recipient, wrapped) VALUES (${sealed.commitment}, ${wrap.recipient}, ${wrap.wrapped})`;
          }
          await migrateRecords(records);
          const rows = await records.prisma.appealKeyWrap.findMany({
            orderBy: { recipient: "asc" },
          });
          expect(rows.map((row) => [row.recipient, row.author, row.addedAt.toISOString()])).toEqual(
            [
              ["agency:7", "before-versions", storedAt.toISOString()],
              ["citizen", "before-versions", storedAt.toISOString()],
            ],
          );
          const loaded = await loadSealedDocument(records, sealed.commitment);
          expect((await openDocument(loaded!, "citizen", citizen.privateKey)).text).toBe(
            "Stored before the versions.",
          );
        },
        false,
      );
    });

    test("a wrap is added beside the others, never in their place; the reader finds the right one", async () => {
      await withRecords(backend, async (records) => {
        const sealed = await seal("The agency's answer.");
        await storeSealedDocument(records, sealed, "0x00000000000000000000000000000000000000aa");
        const other = await seal("Another document, whose citizen wrap opens nothing here.");
        const wrong = other.wraps.find((wrap) => wrap.recipient === "citizen")!;
        await insertKeyWraps(
          records.prisma,
          [{ commitment: sealed.commitment, wrap: wrong }],
          "0x00000000000000000000000000000000000000bb",
        );
        const loaded = await loadSealedDocument(records, sealed.commitment);
        const citizenWraps = loaded!.wraps.filter((wrap) => wrap.recipient === "citizen");
        expect(citizenWraps).toHaveLength(2);
        expect(citizenWraps[0]).toEqual(sealed.wraps.find((wrap) => wrap.recipient === "citizen"));
        expect((await openDocument(loaded!, "citizen", citizen.privateKey)).text).toBe(
          "The agency's answer.",
        );
        const authors = await records.prisma.appealKeyWrap.findMany({
          where: { commitment: sealed.commitment, recipient: "citizen" },
          orderBy: { addedAt: "asc" },
        });
        expect(authors.map((row) => row.author)).toEqual([
          "0x00000000000000000000000000000000000000aa",
          "0x00000000000000000000000000000000000000bb",
        ]);

        // Sent again with another wrap for a reader it has: refused, nothing changed.
        const third = await seal("A third document.");
        const unseen = third.wraps.find((wrap) => wrap.recipient === "citizen")!;
        const replacing = {
          ...sealed,
          wraps: sealed.wraps.map((wrap) => (wrap.recipient === "citizen" ? unseen : wrap)),
        };
        await expect(storeSealedDocument(records, replacing, "0xcc")).rejects.toMatchObject({
          code: "WrapExists",
        });
        // An exact retry is no change and no refusal.
        await storeSealedDocument(records, sealed, "0x00000000000000000000000000000000000000aa");
        expect(await records.prisma.appealKeyWrap.count()).toBe(3);
      });
    });

    test("a blob under another document's commitment, or without its key hash, is refused", async () => {
      await withRecords(backend, async (records) => {
        const first = await seal("First.");
        const second = await seal("Second.");
        const swapped = { ...second, commitment: first.commitment };
        await expect(storeSealedDocument(records, swapped, "citizen")).rejects.toBeInstanceOf(
          RecordsRefusal,
        );
        const { keyHash: _dropped, ...withoutKeyHash } = first;
        await expect(storeSealedDocument(records, withoutKeyHash, "citizen")).rejects.toMatchObject(
          {
            code: "CommitmentMismatch",
          },
        );
        expect(await records.prisma.appealDocument.count()).toBe(0);
      });
    });
  },
);
