import type { ComponentProps } from "react";
import { cva, type VariantProps } from "class-variance-authority";
import { cn } from "./cn";

/** The look of every button; links styled as buttons use the same function (`<Link className={buttonClasses()}>`). */
export const buttonClasses = cva(
  "inline-flex items-center justify-center gap-2 rounded-control font-medium transition-colors disabled:cursor-not-allowed disabled:opacity-60",
  {
    variants: {
      variant: {
        primary: "bg-brand-600 text-white hover:bg-brand-700",
        secondary: "border border-line bg-surface text-ink hover:bg-slate-100",
        danger: "bg-danger text-white hover:bg-danger-strong",
        "danger-outline": "border border-red-300 bg-surface text-danger hover:bg-danger-soft",
        outline: "border border-brand-600 bg-surface text-brand-700 hover:bg-brand-50",
        ghost: "text-brand-700 hover:bg-brand-50",
        link: "text-brand-700 underline-offset-2 hover:underline",
      },
      size: {
        sm: "px-3 py-1.5 text-sm",
        md: "px-4 py-2 text-sm",
        // The one main action of a form (sign in, top up): a bigger target on a phone.
        lg: "px-5 py-2.5 text-base",
      },
    },
    // A link reads as text in a sentence: no box around it.
    compoundVariants: [{ variant: "link", className: "rounded-none p-0" }],
    defaultVariants: { variant: "primary", size: "md" },
  },
);

export type ButtonVariants = VariantProps<typeof buttonClasses>;

export function Button({
  variant,
  size,
  className,
  type = "button",
  ...props
}: ComponentProps<"button"> & ButtonVariants) {
  return <button type={type} className={cn(buttonClasses({ variant, size }), className)} {...props} />;
}
