import { describe, expect, it } from "vitest";
import { homePathFor, safeReturnPath } from "./home-path";

describe("after sign-in", () => {
  it("sends subscribers to their account and staff to the workspace", () => {
    expect(homePathFor({ kind: "subscriber", accountId: "a", sessionVersion: 0 })).toBe("/account");
    expect(homePathFor({ kind: "staff", staffId: "s", roles: ["MARKETER"], sessionVersion: 0 })).toBe("/admin");
  });

  it("follows only same-site paths", () => {
    expect(safeReturnPath("/account/tariffs")).toBe("/account/tariffs");
    expect(safeReturnPath("https://evil.example")).toBeNull();
    expect(safeReturnPath("//evil.example")).toBeNull();
    expect(safeReturnPath("/\\evil.example")).toBeNull();
    expect(safeReturnPath(undefined)).toBeNull();
  });
});
