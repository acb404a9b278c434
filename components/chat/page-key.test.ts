import { describe, expect, it } from "vitest";
import { pageKey } from "./page-key";

describe("the page a chat starts from", () => {
  it.each([
    ["/", "home"],
    ["/account", "account"],
    ["/account/tariffs", "tariffs"],
    ["/account/options/", "options"],
    ["/help/roaming-abroad", "help"],
    ["/login", "login"],
    ["/%D0%BF", "other"],
    ["/account/roaming", "other"],
  ])("%s is %s", (path, key) => {
    expect(pageKey(path)).toBe(key);
  });
});
