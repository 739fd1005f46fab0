import { describe, expect, it } from "vitest";
import { waitForIndex } from "../src/shared/wallet/index-wait";

/** An index head that advances one block per read, after `failures` failed reads. */
function advancingHead(start: number | null, failures = 0) {
  let reads = 0;
  let head = start;
  return {
    read: async () => {
      reads += 1;
      if (reads <= failures) throw new Error("index busy");
      const current = head;
      head = (head ?? 0) + 1;
      return current;
    },
    reads: () => reads,
  };
}

describe("waitForIndex", () => {
  it("returns at once when the index is already past the block", async () => {
    const head = advancingHead(10);
    expect(await waitForIndex(7, head.read, { intervalMs: 1 })).toBe(true);
    expect(head.reads()).toBe(1);
  });

  it("keeps polling through an empty index and failed reads until the block is reached", async () => {
    const head = advancingHead(null, 2);
    expect(await waitForIndex(3, head.read, { intervalMs: 1 })).toBe(true);
    // two failures, then heads null, 1, 2, 3
    expect(head.reads()).toBe(6);
  });

  it("gives up after the timeout when the index does not move", async () => {
    const started = Date.now();
    expect(await waitForIndex(5, async () => 1, { intervalMs: 10, timeoutMs: 50 })).toBe(false);
    expect(Date.now() - started).toBeLessThan(1000);
  });
});
