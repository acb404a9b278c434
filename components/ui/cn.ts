import { cx } from "class-variance-authority";
import { extendTailwindMerge } from "tailwind-merge";

/** Our theme's own names (app/globals.css), so tailwind-merge knows `text-figure` is a size and `rounded-card` a radius. */
const merge = extendTailwindMerge({
  extend: {
    theme: {
      text: ["figure", "title", "heading"],
      radius: ["control", "card"],
      spacing: ["card", "card-sm"],
    },
  },
});

/** Joins class names; a later class wins over an earlier one of the same kind (a caller's className over a variant's). */
export function cn(...inputs: Parameters<typeof cx>): string {
  return merge(cx(...inputs));
}
