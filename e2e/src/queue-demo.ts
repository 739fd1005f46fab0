// Where the queue tests play: the demo district whose queue officer is account 3, and an
// age group the demo data gives seats but no applications, so its queues start empty.
import type { PlatformInfo } from "./platform-info";

/** Demo accounts (packages/devnet/src/demo-plan.ts) and an outsider the tests name relayer. */
export const districtAdmin = 8;
export const queueOfficer = 3;
export const testRelayer = 17;

export interface DemoQueue {
  district: number;
  /** The district's kindergartens, by id; the demo data gives it four. */
  kindergartens: [number, number, number, number];
  ageGroup: number;
}

/** Chilonzor's queues of age group `ageGroup` (0: 2-3 years, 4: 6-7 years; both start empty). */
export function chilonzorQueue(platform: PlatformInfo, ageGroup = 0): DemoQueue {
  const officer = platform.demo.accounts.find(
    (account) => account.index === queueOfficer && account.role === "QueueOfficer",
  );
  if (officer === undefined) throw new Error("the demo data has no queue officer");
  const kindergartens = platform.demo.organizations
    .filter((o) => o.orgType === "Kindergarten" && o.parentId === officer.orgId)
    .map((o) => o.id);
  if (kindergartens.length < 4) throw new Error("the demo district has fewer than 4 kindergartens");
  return {
    district: officer.orgId,
    kindergartens: kindergartens as DemoQueue["kindergartens"],
    ageGroup,
  };
}
