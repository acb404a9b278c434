import { cva } from "class-variance-authority";

/** A boxed message in a form or dialog: what happened (success, danger) or what to know first (warning, info). */
export const noticeClasses = cva("rounded-control p-3", {
  variants: {
    tone: {
      info: "bg-brand-50 text-slate-800",
      success: "bg-success-soft text-emerald-900",
      warning: "bg-warning-soft text-amber-900",
      danger: "bg-danger-soft text-red-800",
    },
  },
  defaultVariants: { tone: "info" },
});
