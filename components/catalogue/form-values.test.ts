import { describe, expect, it } from "vitest";
import { gbText, kopecksFrom, mbFromGb, roublesText, wholeFrom } from "./form-values";

describe("catalogue form values", () => {
  it("reads roubles with a comma or a dot, spaces and up to two decimals", () => {
    expect(kopecksFrom("450")).toBe(45_000);
    expect(kopecksFrom("1 200,5")).toBe(120_050);
    expect(kopecksFrom("0.99")).toBe(99);
    for (const bad of ["", "-5", "4.555", "abc", "1e3"]) expect(kopecksFrom(bad)).toBeNaN();
  });

  it("shows kopecks for editing and reads them back unchanged", () => {
    for (const k of [0, 45_000, 120_050, 99]) expect(kopecksFrom(roublesText(k))).toBe(k);
  });

  it("reads whole numbers and gigabytes", () => {
    expect(wholeFrom(" 300 ")).toBe(300);
    expect(wholeFrom("3.5")).toBeNaN();
    expect(mbFromGb("10")).toBe(10_240);
    expect(mbFromGb("0,5")).toBe(512);
    expect(gbText(10_240)).toBe("10");
    expect(mbFromGb("x")).toBeNaN();
  });
});
