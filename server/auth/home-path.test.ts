import { describe, expect, it } from "vitest";
import { homePathFor, safeReturnPath } from "./home-path";

describe("after sign-in", () => {
  it("sends subscribers to their account and staff to the workspace", () => {
    expect(homePathFor({ kind: "subscriber", accountId: "a", sessionVersion: 0 })).toBe("/account");
    expect(homePathFor({ kind: "staff", staffId: "s", roles: ["MARKETER"], sessionVersion: 0 })).toBe("/admin");
  });

  it("sends a content editor to the help articles, unless another role opens the staff home", () => {
    expect(homePathFor({ kind: "staff", staffId: "s", roles: ["CONTENT_EDITOR"], sessionVersion: 0 })).toBe(
      "/admin/help",
    );
    for (const other of ["OPERATOR", "SUPERVISOR", "MARKETER", "ADMIN"] as const) {
      expect(
        homePathFor({ kind: "staff", staffId: "s", roles: ["CONTENT_EDITOR", other], sessionVersion: 0 }),
        other,
      ).toBe("/admin");
    }
  });

  it("follows only same-site paths", () => {
    expect(safeReturnPath("/account/tariffs")).toBe("/account/tariffs");
    expect(safeReturnPath("https://evil.example")).toBeNull();
    expect(safeReturnPath("//evil.example")).toBeNull();
    expect(safeReturnPath("/\\evil.example")).toBeNull();
    expect(safeReturnPath(undefined)).toBeNull();
  });
});
