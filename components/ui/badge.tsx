import type { ComponentProps } from "react";
import { cva, type VariantProps } from "class-variance-authority";
import { cn } from "./cn";

/** A status pill: the tone says how the reader should feel about it, the text says what it is. */
export const badgeClasses = cva("inline-flex items-center gap-1 rounded-full px-2.5 py-0.5 text-xs font-medium", {
  variants: {
    tone: {
      neutral: "bg-slate-100 text-slate-700",
      success: "bg-success-soft text-success",
      warning: "bg-warning-soft text-warning",
      danger: "bg-danger-soft text-danger",
      brand: "bg-brand-50 text-brand-700",
    },
  },
  defaultVariants: { tone: "neutral" },
});

export type BadgeTone = NonNullable<VariantProps<typeof badgeClasses>["tone"]>;

export function Badge({ tone, className, ...props }: ComponentProps<"span"> & VariantProps<typeof badgeClasses>) {
  return <span className={cn(badgeClasses({ tone }), className)} {...props} />;
}
