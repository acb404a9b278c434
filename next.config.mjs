import { createRequire } from "node:module";
import path from "node:path";
import { PHASE_PRODUCTION_SERVER } from "next/constants.js";
import { parseEnv } from "./server/env.mjs";
import { SITE_HEADERS } from "./server/http/site-headers.mjs";

// Fail the build early with a readable list of bad variables.
parseEnv(process.env);

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "@node-rs/argon2", "pg", "pdfkit"],
  experimental: { authInterrupts: true },
  // `npm test` type-checks the whole tree (tests included) once; the build need not repeat it.
  typescript: { ignoreBuildErrors: true },
  // use-intl formats precompiled messages (i18n/precompiled-messages.ts compiles them on the server), so no page
  // downloads the ICU parser. next-intl's own `precompile` option reads JSON or PO catalogues; ours are TypeScript.
  turbopack: {
    resolveAlias: {
      "use-intl/format-message": `./${path.relative(import.meta.dirname, createRequire(import.meta.url).resolve("use-intl/format-message/format-only"))}`,
    },
  },
  // The operator workspace lived at /admin/chats: bookmarks keep working.
  async redirects() {
    return [{ source: "/admin/chats", destination: "/admin/workspace", permanent: true }];
  },
  async headers() {
    return [{ source: "/:path*", headers: SITE_HEADERS }];
  },
};

/**
 * next-intl's plugin points its imports at i18n/request.ts (where it reads the reader's locale and messages per
 * request), which matters only to the compiler: `next build` and `next dev`. The built server does not need it, and
 * loading it there costs every app process its message extractor (@swc/core's 10 MB native binding, a file watcher).
 */
export default async function config(phase) {
  if (phase === PHASE_PRODUCTION_SERVER) return nextConfig;
  const { default: createNextIntlPlugin } = await import("next-intl/plugin");
  return createNextIntlPlugin("./i18n/request.ts")(nextConfig);
}
