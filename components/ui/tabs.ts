import { cva } from "class-variance-authority";

/** A pill in a row of choices (section tabs, filters); the current one is filled with the brand colour. */
export const tabClasses = cva("inline-block rounded-full px-3.5 py-1.5 text-sm font-medium ring-1", {
  variants: {
    current: {
      true: "bg-brand text-white ring-brand",
      false: "bg-surface text-muted ring-line hover:bg-subtle",
    },
  },
  defaultVariants: { current: false },
});
