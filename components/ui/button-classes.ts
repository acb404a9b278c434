import { cva } from "class-variance-authority";

// Apart from the Button component: the header and the chat launcher, on every page, style links and buttons
// with these classes without pulling tailwind-merge (cn) into every route's first load.
/** The look of every button; links styled as buttons use the same function (`<Link className={buttonClasses()}>`). */
export const buttonClasses = cva(
  "inline-flex items-center justify-center gap-2 font-medium transition-colors disabled:cursor-not-allowed disabled:opacity-60",
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
        // A floating round button: an icon alone on a phone, with its label from sm up.
        float: "p-3 text-base sm:px-4",
      },
      shape: { box: "rounded-control", pill: "rounded-full" },
    },
    // A link reads as text in a sentence: no box around it.
    compoundVariants: [{ variant: "link", className: "rounded-none p-0" }],
    defaultVariants: { variant: "primary", size: "md", shape: "box" },
  },
);
