import { cva } from "class-variance-authority";

/**
 * The parts of a compact figures table (funnel, metrics): a muted head over a line, rows divided by soft lines,
 * the row's name in a header cell; `numeric` cells right-aligned in tabular figures, so columns line up.
 */
export const dataTable = {
  table: "w-full text-left text-sm",
  head: "border-b border-line-soft text-muted",
  body: "divide-y divide-line-soft",
  headCell: cva("py-1 pr-3 font-medium", { variants: { numeric: { true: "text-right", false: "" } } }),
  rowHead: "py-2 pr-3 font-normal",
  cell: cva("py-2 pr-3", { variants: { numeric: { true: "text-right tabular-nums", false: "" } } }),
};
