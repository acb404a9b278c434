import type { ComponentProps, ElementType } from "react";
import type { VariantProps } from "class-variance-authority";
import { cn } from "./cn";
import { cardClasses } from "./card-classes";

export { cardClasses };

type CardProps = ComponentProps<"div"> & VariantProps<typeof cardClasses> & { as?: ElementType };

/** A white panel on the page's canvas; `as` keeps the right element (section, li, article) for the outline. */
export function Card({ as: Element = "div", padding, className, ...props }: CardProps) {
  return <Element className={cn(cardClasses({ padding }), className)} {...props} />;
}
