import { describe, expect, it } from "vitest";
import { memoryPageCacheStore } from "./page-cache-store";

const KB = 1024;
// Pages of `chars` characters: the store counts two bytes a character (Cyrillic strings in V8), key included.
const page = (chars: number, fill = "ж") => fill.repeat(chars);

describe("memory page cache store", () => {
  it("serves a page until its time is up", async () => {
    let now = 1_000;
    const store = memoryPageCacheStore(1024 * KB, () => now);
    await store.set("ru:/", "<html>1</html>", 5_000);
    now += 4_999;
    expect(await store.get("ru:/")).toBe("<html>1</html>");
    now += 1;
    expect(await store.get("ru:/")).toBeNull();
  });

  it("keeps its bytes within the budget however many distinct pages come", async () => {
    const budget = 256 * KB;
    const store = memoryPageCacheStore(budget);
    const keys = Array.from({ length: 6_000 }, (_, i) => `ru:/help?q=${i}`);
    for (const key of keys) await store.set(key, page(4 * KB), 60_000);
    const kept = (await Promise.all(keys.map((key) => store.get(key)))).filter((html) => html !== null);
    // 8 KB a page (4 KB of two-byte characters) plus its key: 31 fit in 256 KB, and they are the newest.
    expect(kept).toHaveLength(31);
    expect(await store.get(keys.at(-1)!)).not.toBeNull();
    expect(await store.get(keys.at(-32)!)).toBeNull();
  });

  it("drops the least recently used page first: reading a page keeps it", async () => {
    const store = memoryPageCacheStore(64 * KB); // room for eight pages of 4,000 characters (8,002 bytes each)
    const keys = [..."abcdefgh"];
    for (const key of keys) await store.set(key, page(4_000), 60_000);
    await store.get("a"); // now b is the least recently used
    await store.set("i", page(4_000), 60_000);
    const kept = async (key: string) => (await store.get(key)) !== null;
    expect([await kept("a"), await kept("b"), await kept("c"), await kept("i")]).toEqual([true, false, true, true]);
  });

  it("does not keep a page over an eighth of the budget, and pushes nothing out for it", async () => {
    const store = memoryPageCacheStore(64 * KB);
    await store.set("small", page(KB), 60_000);
    await store.set("big", page(4 * KB + 1), 60_000); // 8 KB + 2 bytes + key > 8 KB
    expect(await store.get("big")).toBeNull();
    expect(await store.get("small")).not.toBeNull();
  });

  it("drops everything on clear, and the budget is whole again", async () => {
    const store = memoryPageCacheStore(64 * KB);
    await store.set("a", page(4_000), 60_000);
    await store.clear();
    expect(await store.get("a")).toBeNull();
    const keys = [..."bcdefghi"];
    for (const key of keys) await store.set(key, page(4_000), 60_000);
    expect((await Promise.all(keys.map((key) => store.get(key)))).every((html) => html !== null)).toBe(true);
  });
});
