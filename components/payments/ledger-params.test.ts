import { describe, expect, it } from "vitest";
import { ledgerHref, readLedgerParams } from "./ledger-params";

describe("ledger URL parameters", () => {
  it("reads the filters and falls back to defaults for junk", () => {
    expect(readLedgerParams({ type: "PAYMENT", from: "2026-04-01", to: "2026-04-30", page: "3" })).toEqual({
      type: "PAYMENT",
      from: "2026-04-01",
      to: "2026-04-30",
      page: 3,
    });
    expect(readLedgerParams({ type: "BRIBE", page: "-4" })).toEqual({
      type: undefined,
      from: undefined,
      to: undefined,
      page: 1,
    });
    expect(readLedgerParams({ type: ["CHARGE", "PAYMENT"], page: "abc", from: "" })).toMatchObject({
      type: "CHARGE",
      from: undefined,
      page: 1,
    });
    expect(readLedgerParams({ page: "99999999" }).page).toBe(10_000);
  });

  it("keeps the filters in page links and leaves defaults out", () => {
    expect(ledgerHref({ type: "CHARGE", from: "2026-04-01", page: 2 })).toBe(
      "/account/payments?type=CHARGE&from=2026-04-01&page=2#ledger",
    );
    expect(ledgerHref({ page: 1 })).toBe("/account/payments#ledger");
  });
});
