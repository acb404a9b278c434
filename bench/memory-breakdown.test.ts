import { describe, expect, it } from "vitest";
import { parseMetric } from "./memory-breakdown";

const scrape = `# HELP nodejs_heap_size_total_bytes Process heap size from Node.js in bytes.
# TYPE nodejs_heap_size_total_bytes gauge
nodejs_heap_size_total_bytes 93323264
nodejs_heap_size_used_bytes 87654321
nodejs_heap_space_size_total_bytes{space="new"} 1048576
nodejs_heap_space_size_total_bytes{space="old"} 62914560
nodejs_heap_space_size_total_bytes{space="large_object"} 24117248`;

describe("reading the app's V8 figures from its Prometheus scrape", () => {
  it("takes a gauge's value, or one value per label", () => {
    expect(parseMetric(scrape, "nodejs_heap_size_total_bytes")).toBe(93323264);
    expect(parseMetric(scrape, "nodejs_heap_space_size_total_bytes", "space")).toEqual({
      new: 1048576,
      old: 62914560,
      large_object: 24117248,
    });
  });

  it("refuses a scrape without the metric rather than reporting zero", () => {
    expect(() => parseMetric(scrape, "nodejs_external_memory_bytes")).toThrow(/no nodejs_external_memory_bytes/);
  });
});
