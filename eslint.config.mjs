import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const tests = ["**/*.test.ts", "**/*.test.tsx"];

/**
 * Domain modules with no database and no server-only import (limits, schemas, pure rules): the browser may run them,
 * so a form checks exactly what the server will. Everything else in server/domain is off limits to components.
 */
const sharedRules = [
  "server/domain/errors.ts",
  "server/domain/staff/staff-limits.ts",
  "server/domain/follow-ups/follow-up-filters.ts",
  "server/domain/follow-ups/resolution-comment-length.ts",
  "server/domain/payments/top-up-amount.ts",
  "server/domain/autopay/autopay-rules.ts",
  "server/domain/payments/ledger-text.ts",
  "server/domain/payments/read-ledger-text.ts",
  "server/domain/notices/notice-text.ts",
  "server/domain/help/categories.ts",
  "server/domain/help/help-query.ts",
  "server/domain/banners/dismissed-banners.ts",
  "server/domain/help/article-limits.ts",
  "server/domain/banners/banner-input.ts",
  "server/domain/banners/banner-limits.ts",
  "server/domain/catalogue/catalogue-limits.ts",
  "server/domain/banners/banner-image-limits.ts",
  "server/domain/chat/chat-image-limits.ts",
  "server/domain/banners/banner-audience.ts",
  "server/domain/banners/funnel-steps.ts",
  "server/domain/recovery/password-rules.ts",
  "server/domain/recovery/reset-code-format.ts",
  "server/domain/self-service/self-service-actions.ts",
  "server/domain/self-service/code-phrases.ts",
  "server/domain/channels/channel-fields.ts",
  "server/domain/channels/delivery-reason.ts",
  "server/domain/hints/hint-targets.ts",
  "server/domain/hints/account-conditions.ts",
  "server/domain/canned/canned-limits.ts",
];
const sharedRuleNames = sharedRules.map((file) => file.replace(/^server\/domain\/|\.ts$/g, ""));
const domainExceptSharedRules = `^@/server/domain/(?!(${sharedRuleNames.join("|")})$).+`;

const restrict = (patterns) => ["error", { patterns }];
const group = (paths, message, extra = {}) => ({ group: paths, message, ...extra });

const noUi = group(
  ["@/components/*", "@/components/**", "@/app/*", "@/app/**"],
  "The server does not import UI: move shared code into server/ or i18n/.",
);
const domainOnly = [
  group(
    ["@/server/api/*", "@/server/api/**", "@trpc/*"],
    "Domain rules know nothing of tRPC: a procedure calls the domain, not the other way.",
  ),
  group(
    ["next", "next/*", "next-auth", "next-auth/*", "next-intl", "next-intl/*"],
    "Domain rules run outside Next (jobs, CLIs, tests): take what you need as an argument.",
  ),
  group(["react", "react-dom", "react/*"], "Domain rules have no UI."),
  group(
    ["@/server/jobs/*", "@/server/http/*", "@/server/channels/*", "@/server/observability/*"],
    "Jobs, route helpers, channel adapters and metrics call the domain (or listen to it); the domain does not call them.",
  ),
];
const pure = group(
  ["@/server/db", "@/server/db-client", "@/server/generated/prisma/client", "@prisma/*", "server-only", "node:*"],
  "This module is shared with the browser (eslint.config.mjs): keep it free of server code.",
  { allowTypeImports: true },
);

/** The layers (README "Architecture"): what each folder may not import, and why. A file gets the rules of every folder it is in. */
const layers = [
  {
    files: ["server/**/*.ts", "server/**/*.tsx"],
    rules: { "@typescript-eslint/no-restricted-imports": restrict([noUi]) },
  },
  // Integration tests call procedures through createCaller, so tests may import the API.
  {
    files: ["server/domain/**/*.ts"],
    ignores: tests,
    rules: { "@typescript-eslint/no-restricted-imports": restrict([noUi, ...domainOnly]) },
  },
  { files: sharedRules, rules: { "@typescript-eslint/no-restricted-imports": restrict([noUi, ...domainOnly, pure]) } },
  {
    files: ["i18n/**/*.ts", "i18n/**/*.tsx"],
    rules: {
      "@typescript-eslint/no-restricted-imports": restrict([
        group(
          ["@/server/*", "@/server/**", "@/components/*", "@/components/**", "@/app/*", "@/app/**"],
          "i18n is the ground floor: it imports no other folder of ours.",
        ),
      ]),
    },
  },
  {
    files: ["components/**/*.ts", "components/**/*.tsx"],
    ignores: tests,
    rules: {
      "@typescript-eslint/no-restricted-imports": restrict([
        {
          regex: domainExceptSharedRules,
          message:
            "Components call procedures (or a server caller), not domain code; types are fine, and so are the pure modules listed in eslint.config.mjs.",
          allowTypeImports: true,
        },
        group(
          ["@/server/db", "@/server/db-client", "@/server/generated/prisma/client", "@prisma/*"],
          "Components never touch the database.",
          { allowTypeImports: true },
        ),
      ]),
    },
  },
  {
    files: ["app/**/*.ts", "app/**/*.tsx"],
    rules: {
      "@typescript-eslint/no-restricted-imports": restrict([
        group(
          ["@prisma/*", "@/server/generated/prisma/client", "@/server/db-client"],
          "Routes and pages do not use Prisma: a domain function does.",
          { allowTypeImports: true },
        ),
      ]),
    },
  },
];

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [
      ".next/**",
      "node_modules/**",
      "server/generated/**",
      ".data/**",
      "test-results/**",
      "playwright-report/**",
      "next-env.d.ts",
    ],
  },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  ...layers,
  {
    ignores: ["components/ui/link.tsx"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [
            {
              name: "next/link",
              message:
                "Use Link from @/components/ui/link: every page is rendered per request, so prefetching links on sight only costs the server.",
            },
          ],
        },
      ],
    },
  },
];

export default config;
