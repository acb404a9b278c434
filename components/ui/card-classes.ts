import { cva } from "class-variance-authority";

// Apart from the Card component (which merges a caller's classes with tailwind-merge): a page that only appends classes
// to a panel's look keeps tailwind-merge out of its first load (the operator workspace).
export const cardClasses = cva("rounded-card bg-surface shadow-sm ring-1 ring-line-soft", {
  variants: {
    padding: { none: "", sm: "p-card-sm", md: "p-card" },
  },
  defaultVariants: { padding: "md" },
});
