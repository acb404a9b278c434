import { describe, expect, it } from "vitest";
import superjson from "superjson";
import { transformer } from "./transformer";

const shared = { id: "a" };
const values: Array<[string, unknown]> = [
  ["a summary-like object", { id: "x", balance: -120, options: [{ code: "o", included: true, fee: 0 }], email: null }],
  ["a string", "строка"],
  ["an empty list", []],
  ["null", null],
  ["a Date", { at: new Date("2026-04-16T09:00:00Z") }],
  ["undefined inside", { a: undefined, list: [1, undefined] }],
  ["one object twice", { first: shared, second: shared }],
  ["a Map and a Set", { map: new Map([["k", 1]]), set: new Set([1]) }],
  ["numbers JSON lacks", [NaN, Infinity, -0]],
  ["a bigint", { big: 10n }],
  ["a class instance", { error: new Error("x") }],
];

describe("the tRPC output transformer", () => {
  it.each(values)("sends %s exactly as superjson does", (_, value) => {
    // The same bytes on the wire: the browser's superjson reads them as before.
    expect(JSON.stringify(transformer.output.serialize(value))).toBe(JSON.stringify(superjson.serialize(value)));
  });
});
