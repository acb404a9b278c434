import type { ComponentProps } from "react";
import type { VariantProps } from "class-variance-authority";
import { cn } from "./cn";
import { badgeClasses } from "./badge-classes";

export { badgeClasses };

export type BadgeTone = NonNullable<VariantProps<typeof badgeClasses>["tone"]>;

export function Badge({ tone, className, ...props }: ComponentProps<"span"> & VariantProps<typeof badgeClasses>) {
  return <span className={cn(badgeClasses({ tone }), className)} {...props} />;
}
