import { describe, expect, it } from "vitest";
import { metricsExportHref, readMetricsPeriod } from "./metrics-params";
import { isCsvSection } from "@/server/reports/metrics-csv";

describe("metrics URL parameters", () => {
  it("takes the days as typed and leaves empty fields to the default", () => {
    expect(readMetricsPeriod({ from: "2026-04-01", to: ["2026-04-30", "2026-05-01"] })).toEqual({
      from: "2026-04-01",
      to: "2026-04-30",
    });
    expect(readMetricsPeriod({ from: "", to: "  " })).toEqual({});
    expect(readMetricsPeriod({ from: " 01.04.2026 " })).toEqual({ from: "01.04.2026" });
  });

  it("links to an export of one section for the period", () => {
    expect(metricsExportHref({ from: "2026-04-01", to: "2026-04-30" }, "operators")).toBe(
      "/admin/metrics/export?from=2026-04-01&to=2026-04-30&section=operators",
    );
    expect(isCsvSection("daily")).toBe(true);
    expect(isCsvSection("passwords")).toBe(false);
    expect(isCsvSection(null)).toBe(false);
  });
});
