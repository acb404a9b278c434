import { PHASE_PRODUCTION_SERVER } from "next/constants.js";
import { parseEnv } from "./server/env.mjs";

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
  // The operator workspace lived at /admin/chats: bookmarks keep working.
  async redirects() {
    return [{ source: "/admin/chats", destination: "/admin/workspace", permanent: true }];
  },
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Frame-Options", value: "DENY" },
        ],
      },
    ];
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
