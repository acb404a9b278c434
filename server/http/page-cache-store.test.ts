import { describe, expect, it } from "vitest";
import { memoryPageCacheStore } from "./page-cache-store";

describe("memory page cache store", () => {
  it("serves a page until its time is up", async () => {
    let now = 1_000;
    const store = memoryPageCacheStore(10, () => now);
    await store.set("ru:/", "<html>1</html>", 5_000);
    now += 4_999;
    expect(await store.get("ru:/")).toBe("<html>1</html>");
    now += 1;
    expect(await store.get("ru:/")).toBeNull();
  });

  it("keeps at most its limit, dropping the oldest page first", async () => {
    const store = memoryPageCacheStore(2);
    await store.set("a", "A", 60_000);
    await store.set("b", "B", 60_000);
    await store.set("a", "A2", 60_000); // rewritten: now the newest
    await store.set("c", "C", 60_000);
    expect([await store.get("a"), await store.get("b"), await store.get("c")]).toEqual(["A2", null, "C"]);
  });

  it("drops everything on clear", async () => {
    const store = memoryPageCacheStore();
    await store.set("a", "A", 60_000);
    await store.clear();
    expect(await store.get("a")).toBeNull();
  });
});
