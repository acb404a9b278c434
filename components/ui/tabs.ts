import { cva } from "class-variance-authority";

/** A pill in a row of choices (section tabs, filters); the current one is filled with the brand colour. */
export const tabClasses = cva("inline-block rounded-full px-3.5 py-1.5 text-sm font-medium ring-1", {
  variants: {
    current: {
      true: "bg-brand-600 text-white ring-brand-600",
      false: "bg-surface text-slate-700 ring-line hover:bg-slate-100",
    },
  },
  defaultVariants: { current: false },
});
