import type { ComponentProps } from "react";
import { cva, type VariantProps } from "class-variance-authority";
import { cn } from "./cn";

/** The look of every button; links styled as buttons use the same function (`<Link className={buttonClasses()}>`). */
export const buttonClasses = cva(
  "inline-flex items-center justify-center gap-2 rounded-control font-medium transition-colors disabled:cursor-not-allowed disabled:opacity-60",
  {
    variants: {
      variant: {
        primary: "bg-brand text-white hover:bg-brand-strong",
        // On a brand-coloured panel (the balance card, the landing hero, a banner): white in both colour schemes.
        inverse: "bg-white text-brand-800 shadow-sm hover:bg-brand-100 focus-visible:outline-white",
        secondary: "border border-line bg-surface text-ink hover:bg-subtle",
        danger: "bg-danger text-white hover:bg-danger-strong",
        "danger-outline": "border border-danger/40 bg-surface text-danger hover:bg-danger-soft",
        outline: "border border-brand bg-surface text-brand-ink hover:bg-brand-soft",
        ghost: "text-brand-ink hover:bg-brand-soft",
        link: "text-brand-ink underline-offset-2 hover:underline",
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
