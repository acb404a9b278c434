/**
 * The brand colours that live outside CSS: the browser's theme colour, the installed app's splash screen and the
 * icons' full-bleed background. The theme colour is the Tailwind theme's brand-600 (app/globals.css), the
 * background the page's slate-50; brand.test.ts keeps the first in step with the CSS and the logo.
 */
export const brand = {
  themeColor: "#1d5fd6",
  backgroundColor: "#f8fafc",
} as const;
