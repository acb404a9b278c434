import type { ComponentProps } from "react";
import type { VariantProps } from "class-variance-authority";
import { cn } from "./cn";
import { buttonClasses } from "./button-classes";

export { buttonClasses };

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
