import type { ComponentProps, ReactNode } from "react";
import { cva, type VariantProps } from "class-variance-authority";
import { cn } from "./cn";

/**
 * A small rounded choice: a suggested topic or quick reply (a plain chip), a quick amount (a toggle), or one
 * cell of a score scale (a radio). The chosen one is filled with the brand colour.
 */
export const chipClasses = cva(
  "inline-flex cursor-pointer items-center justify-center text-sm ring-1 transition-colors has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-brand",
  {
    variants: {
      selected: {
        true: "bg-brand text-white ring-brand",
        false: "bg-surface text-brand-ink ring-line hover:bg-brand-soft",
      },
      shape: { pill: "rounded-full px-3.5 py-1.5", cell: "h-8 rounded-control" },
    },
    defaultVariants: { selected: false, shape: "pill" },
  },
);

/** A chip that turns on and off (aria-pressed), e.g. a quick top-up amount. */
export function ToggleChip({
  pressed,
  className,
  ...props
}: Omit<ComponentProps<"button">, "aria-pressed" | "type"> & { pressed: boolean }) {
  return (
    <button
      type="button"
      aria-pressed={pressed}
      className={cn(chipClasses({ selected: pressed }), className)}
      {...props}
    />
  );
}

/** One choice of a radio group drawn as a chip: the radio stays in the page for the keyboard and screen readers. */
export function RadioChip({
  shape,
  className,
  children,
  ...input
}: Omit<ComponentProps<"input">, "type" | "children"> &
  VariantProps<typeof chipClasses> & { checked: boolean; children: ReactNode }) {
  return (
    <label className={cn(chipClasses({ selected: input.checked, shape }), className)}>
      <input type="radio" className="sr-only" {...input} />
      {children}
    </label>
  );
}
