import type { BenchRow, TargetRow } from "./bench-report";

/** Issue 19's targets for the portal: ours over the bare handler's figures from the same run. */
export function portalTargets(rows: BenchRow[]): TargetRow[] {
  const ratio = (label: string) => rows.find((row) => row.name.startsWith(label) && row.vsFloor)!;
  const [summaryRow, changeRow] = [ratio("account.mySummary"), ratio("tariffs.change")];
  const measured = (row: BenchRow, what: "msg/s" | "p99") =>
    what === "msg/s"
      ? `${row.summary.messagesPerSec.toFixed(0)} vs ${(row.summary.messagesPerSec / row.vsFloor!.throughput).toFixed(0)} req/s bare`
      : `p99 ${row.summary.p99Ms.toFixed(0)} vs ${(row.summary.p99Ms / row.vsFloor!.p99).toFixed(0)} ms bare`;
  return [
    {
      figure: "tariffs.change throughput vs bare node:http + pg",
      measured: measured(changeRow, "msg/s"),
      ratio: changeRow.vsFloor!.throughput,
      direction: "min",
      limit: 0.5,
    },
    {
      figure: "tariffs.change p99 vs bare",
      measured: measured(changeRow, "p99"),
      ratio: changeRow.vsFloor!.p99,
      direction: "max",
      limit: 2,
    },
    {
      figure: "account.mySummary throughput vs bare",
      measured: measured(summaryRow, "msg/s"),
      ratio: summaryRow.vsFloor!.throughput,
      direction: "min",
      limit: 0.6,
    },
  ];
}
