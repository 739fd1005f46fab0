import { describe, expect, it } from "vitest";
import { BlockCache } from "./block-cache.ts";

describe("BlockCache", () => {
  it("serves an answer only for the block it was read at", () => {
    const cache = new BlockCache<string>();
    cache.set(10, "application:7", "at 10");
    expect(cache.get(10, "application:7")).toBe("at 10");
    expect(cache.get(11, "application:7")).toBeUndefined();
    expect(cache.get(10, "application:8")).toBeUndefined();
    cache.set(11, "application:7", "at 11");
    expect(cache.get(11, "application:7")).toBe("at 11");
    expect(cache.get(10, "application:7")).toBe("at 10");
  });

  it("keeps at most its capacity, dropping the least recently used", () => {
    const cache = new BlockCache<number>(3);
    for (const block of [1, 2, 3]) cache.set(block, "q", block);
    expect(cache.get(1, "q")).toBe(1);
    cache.set(4, "q", 4);
    expect(cache.size).toBe(3);
    expect(cache.get(2, "q")).toBeUndefined();
    expect([1, 3, 4].map((block) => cache.get(block, "q"))).toEqual([1, 3, 4]);
  });

  it("refuses a capacity below one", () => {
    expect(() => new BlockCache(0)).toThrow(RangeError);
  });
});
