/**
 * Headers on every answer of the site: Next adds them (next.config.mjs), and the app server adds them to the
 * calls it answers itself, outside Next (server/cli/app-front.ts).
 */
export const SITE_HEADERS = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
];
