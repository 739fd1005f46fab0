// Rate limits and gas budgets in the records database, on SQLite and PostgreSQL: the limit is
// exact under concurrent requests, a refusal takes nothing (waiting is enough), every instance
// of an app counts together, and a spent budget refuses the next relayed write.
import { afterAll, describe, expect, test } from "vitest";
import {
  LimitReachedError,
  admitRelayedWrite,
  chargeRelayedWrite,
  closeRecords,
  limitRules,
  openRecords,
  takeFromLimit,
  type RecordsDatabase,
} from "../src/index.ts";
import { migrateRecords } from "../src/admin.ts";
import { testBackends } from "./support/databases.ts";

const backends = testBackends();
const usable = backends.filter((backend) => backend.skipReason === null);

afterAll(async () => {
  for (const backend of backends) await backend.cleanUp();
});

async function refusal(work: Promise<unknown>): Promise<LimitReachedError> {
  const error = await work.then(
    () => null,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(LimitReachedError);
  return error as LimitReachedError;
}

describe.each(usable.map((backend) => [backend.provider, backend] as const))(
  "limits on %s",
  (_provider, backend) => {
    let url = "";
    const opened: RecordsDatabase[] = [];
    const open = async (): Promise<RecordsDatabase> => {
      if (!url) {
        url = await backend.newDatabaseUrl();
        const first = await openRecords(url, { create: true });
        await migrateRecords(first);
        opened.push(first);
        return first;
      }
      const records = await openRecords(url);
      opened.push(records);
      return records;
    };
    afterAll(async () => {
      for (const records of opened) await closeRecords(records);
    });

    test("twenty applications a day from one address, counted exactly under a burst", async () => {
      const records = await open();
      const { points } = limitRules.queueApplication;
      const results = await Promise.allSettled(
        Array.from({ length: points + 5 }, () =>
          takeFromLimit(records, "queueApplication", "198.51.100.7"),
        ),
      );
      expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(points);
      const refused = results.filter((result) => result.status === "rejected");
      expect(refused).toHaveLength(5);
      for (const result of refused) {
        const error = (result as PromiseRejectedResult).reason as LimitReachedError;
        expect(error).toBeInstanceOf(LimitReachedError);
        expect(error.args.limit).toBe("queueApplication");
        expect(error.args.retryAfterSeconds).toBeGreaterThan(23 * 3600);
      }
      // Another address is not affected.
      await takeFromLimit(records, "queueApplication", "198.51.100.8");
    });

    test("a second instance of the app sees the first one's count", async () => {
      const first = await open();
      const second = await open();
      const { points } = limitRules.appealFiled;
      for (let i = 0; i < points; i++) {
        await takeFromLimit(i % 2 ? first : second, "appealFiled", "203.0.113.9");
      }
      await refusal(takeFromLimit(second, "appealFiled", "203.0.113.9"));
      await refusal(takeFromLimit(first, "appealFiled", "203.0.113.9"));
    });

    test("a refused request takes nothing: the count stays at the limit, not above it", async () => {
      const records = await open();
      const { points } = limitRules.signIn;
      for (let i = 0; i < points; i++) await takeFromLimit(records, "signIn", "direct");
      for (let i = 0; i < 3; i++) await refusal(takeFromLimit(records, "signIn", "direct"));
      const row = await records.prisma.rateLimit.findUnique({ where: { key: "signIn:direct" } });
      expect(row?.points).toBe(points);
    });

    test("a district's spent gas budget refuses the next application from anyone", async () => {
      const records = await open();
      const write = {
        limit: "queueApplication" as const,
        address: "192.0.2.1",
        office: { budget: "districtGas" as const, id: 4 },
      };
      await admitRelayedWrite(records, write);
      // Spent by many people: the district's budget, not this address's.
      const districtGas = BigInt(limitRules.districtGas.points) * 1000n;
      await chargeRelayedWrite(records, { ...write, address: "192.0.2.2" }, districtGas);
      const error = await refusal(admitRelayedWrite(records, { ...write, address: "192.0.2.3" }));
      expect(error.args.limit).toBe("districtGas");
      // The refusal took no application from the address's allowance.
      const row = await records.prisma.rateLimit.findUnique({
        where: { key: "queueApplication:192.0.2.3" },
      });
      expect(row).toBeNull();
      // Another district still has its budget.
      await admitRelayedWrite(records, { ...write, office: { budget: "districtGas", id: 5 } });
    });

    test("one address's gas budget stops its writes to every office", async () => {
      const records = await open();
      const write = { limit: "citizenAction" as const, address: "192.0.2.50" };
      await chargeRelayedWrite(records, write, BigInt(limitRules.addressGas.points) * 1000n);
      const error = await refusal(
        admitRelayedWrite(records, { ...write, office: { budget: "agencyGas", id: 1 } }),
      );
      expect(error.args.limit).toBe("addressGas");
    });
  },
);
