import { cva } from "class-variance-authority";

/** A boxed message in a form or dialog: what happened (success, danger) or what to know first (warning, info). */
export const noticeClasses = cva("rounded-control p-3", {
  variants: {
    tone: {
      info: "bg-brand-soft text-ink",
      success: "bg-success-soft text-success",
      warning: "bg-warning-soft text-warning",
      danger: "bg-danger-soft text-danger-strong",
    },
  },
  defaultVariants: { tone: "info" },
});
