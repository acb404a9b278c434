import type { ComponentProps, ElementType } from "react";
import { cva, type VariantProps } from "class-variance-authority";
import { cn } from "./cn";

export const cardClasses = cva("rounded-card bg-surface shadow-sm ring-1 ring-line-soft", {
  variants: {
    padding: { none: "", sm: "p-card-sm", md: "p-card" },
  },
  defaultVariants: { padding: "md" },
});

type CardProps = ComponentProps<"div"> & VariantProps<typeof cardClasses> & { as?: ElementType };

/** A white panel on the page's canvas; `as` keeps the right element (section, li, article) for the outline. */
export function Card({ as: Element = "div", padding, className, ...props }: CardProps) {
  return <Element className={cn(cardClasses({ padding }), className)} {...props} />;
}
