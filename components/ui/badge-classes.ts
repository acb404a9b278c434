import { cva } from "class-variance-authority";

// Apart from the Badge component, as button-classes.ts is, for the chat launcher's unread count.
/** A status pill: the tone says how the reader should feel about it, the text says what it is. */
export const badgeClasses = cva("inline-flex items-center gap-1 rounded-full px-2.5 py-0.5 text-xs font-medium", {
  variants: {
    tone: {
      neutral: "bg-subtle text-muted",
      success: "bg-success-soft text-success",
      warning: "bg-warning-soft text-warning",
      danger: "bg-danger-soft text-danger",
      brand: "bg-brand-soft text-brand-ink",
      // A count that asks for attention (unread messages), solid so it stands out on any background.
      alert: "bg-danger-fill text-white",
    },
  },
  defaultVariants: { tone: "neutral" },
});
