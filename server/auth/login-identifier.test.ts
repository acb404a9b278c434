import { describe, expect, it } from "vitest";
import { loginKey, normalizePhone, parseLoginIdentifier } from "./login-identifier";

describe("normalizePhone", () => {
  it.each([
    "+79000000001",
    "+7 900 000 00 01",
    "+7 (900) 000-00-01",
    "8 900 000-00-01",
    "89000000001",
    "79000000001",
    "9000000001",
    "8(900)000.00.01",
  ])("reads %s as +79000000001", (input) => {
    expect(normalizePhone(input)).toBe("+79000000001");
  });

  it.each(["+8 900 000 00 01", "12345", "+1 202 555 0100", "900000000a", ""])("rejects %s", (input) => {
    expect(normalizePhone(input)).toBeNull();
  });
});

describe("parseLoginIdentifier", () => {
  it("tells account numbers, phones and e-mails apart", () => {
    expect(parseLoginIdentifier(" 100000001 ")).toEqual({ kind: "accountNumber", accountNumber: "100000001" });
    expect(parseLoginIdentifier("8 (900) 000-00-01")).toEqual({ kind: "phone", phone: "+79000000001" });
    expect(parseLoginIdentifier("Operator@Demo.Local")).toEqual({ kind: "email", email: "operator@demo.local" });
  });

  it("returns null for what is none of them", () => {
    expect(parseLoginIdentifier("not a login")).toBeNull();
    expect(parseLoginIdentifier("a@b")).toBeNull();
  });

  it("gives every spelling of one phone the same rate-limit key", () => {
    const a = parseLoginIdentifier("+7 900 000 00 01");
    const b = parseLoginIdentifier("89000000001");
    expect(a && loginKey(a)).toBe(b && loginKey(b));
  });
});
