import { describe, expect, it } from "vitest";
import { MAX_DISMISSED_BANNERS, readDismissedBanners, withDismissedBanner } from "./dismissed-banners";

describe("dismissed banners cookie", () => {
  it("reads ids and ignores anything else", () => {
    expect(readDismissedBanners(undefined)).toEqual([]);
    expect(readDismissedBanners("cma1.cmb2")).toEqual(["cma1", "cmb2"]);
    expect(readDismissedBanners("cma1..<script>.cmb2")).toEqual(["cma1", "cmb2"]);
  });

  it("adds an id once and keeps only the most recent ones", () => {
    expect(withDismissedBanner(undefined, "cma1")).toBe("cma1");
    expect(withDismissedBanner("cma1.cmb2", "cma1")).toBe("cmb2.cma1");
    let value: string | undefined;
    for (let i = 0; i < MAX_DISMISSED_BANNERS + 5; i++) value = withDismissedBanner(value, `b${i}`);
    const ids = readDismissedBanners(value);
    expect(ids).toHaveLength(MAX_DISMISSED_BANNERS);
    expect(ids.at(-1)).toBe(`b${MAX_DISMISSED_BANNERS + 4}`);
    expect(ids).not.toContain("b0");
  });
});
