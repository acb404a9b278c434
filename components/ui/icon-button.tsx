import type { ComponentProps, ReactNode } from "react";
import { cva, type VariantProps } from "class-variance-authority";

export const iconButtonClasses = cva(
  "inline-flex shrink-0 items-center justify-center transition-colors disabled:cursor-not-allowed disabled:opacity-60",
  {
    variants: {
      variant: {
        secondary: "rounded-control border border-line bg-surface text-muted hover:bg-subtle",
        ghost: "rounded-control text-muted hover:bg-subtle",
        // On the brand colour (the chat panel's header).
        "on-brand": "rounded-control text-white hover:bg-white/15 focus-visible:outline-white",
        // Over a picture (a banner's corner): a dark round backing keeps the icon visible on any image.
        overlay: "rounded-full bg-black/30 text-white hover:bg-black/50 focus-visible:outline-white",
      },
      size: { sm: "size-8", md: "size-9", lg: "size-10" },
    },
    defaultVariants: { variant: "ghost", size: "md" },
  },
);

type IconButtonProps = Omit<ComponentProps<"button">, "aria-label" | "title" | "children"> &
  VariantProps<typeof iconButtonClasses> & {
    /** What the button does, in words: its accessible name and its tooltip (an icon alone names nothing). */
    label: string;
    /** The icon (lucide-react), drawn at the button's size; it is hidden from assistive technology. */
    children: ReactNode;
  };

/**
 * A button that shows only an icon: the label is required, so it is never nameless to a screen reader. A caller's
 * className is appended, not merged (callers only place it), which keeps tailwind-merge out of the banner's first load.
 */
export function IconButton({ label, variant, size, className, type = "button", children, ...props }: IconButtonProps) {
  return (
    <button
      type={type}
      aria-label={label}
      title={label}
      className={iconButtonClasses({ variant, size, className })}
      {...props}
    >
      <span aria-hidden="true" className="contents">
        {children}
      </span>
    </button>
  );
}
