// `npm test`: typecheck, lint, format, unit, integration on embedded PGlite (and on PostgreSQL
// when TEST_DATABASE_URL is set), then end-to-end in Chromium. Stops at the first failure.
import { run } from "./run";

interface Step {
  name: string;
  command: string[];
  env?: NodeJS.ProcessEnv;
}

const { TEST_DATABASE_URL, ...baseEnv } = process.env;

const steps: Step[] = [
  { name: "typecheck", command: ["npx", "tsc", "--noEmit"] },
  { name: "lint", command: ["npx", "eslint", "."] },
  { name: "format", command: ["npx", "prettier", "--check", "."] },
  { name: "unit", command: ["npx", "vitest", "run", "--project", "unit"] },
  {
    name: "integration (embedded PGlite)",
    command: ["npx", "vitest", "run", "--project", "integration"],
    env: baseEnv,
  },
];
if (TEST_DATABASE_URL) {
  steps.push({
    name: "integration (PostgreSQL)",
    command: ["npx", "vitest", "run", "--project", "integration"],
    env: { ...baseEnv, TEST_DATABASE_URL },
  });
} else {
  console.log("TEST_DATABASE_URL is not set: integration tests run on embedded PGlite only.");
}
if (!process.env.TEST_REDIS_URL) console.log("TEST_REDIS_URL is not set: the shared-limit (Redis) tests are skipped.");
steps.push({ name: "e2e (Chromium)", command: ["npx", "tsx", "server/cli/e2e.ts"] });
steps.push({ name: "faults (restart keeps embedded data)", command: ["npx", "tsx", "server/cli/faults.ts"] });
if (TEST_DATABASE_URL && process.env.TEST_REDIS_URL) {
  // Two app instances on PostgreSQL + Redis + the realtime server (reuses the e2e build).
  steps.push({
    name: "scale-out (two instances)",
    command: ["npx", "tsx", "server/cli/scale-out.ts"],
    env: { ...baseEnv, TEST_DATABASE_URL },
  });
}

async function main() {
  const only = process.argv[2];
  const chosen = steps.filter((s) => !only || s.name.startsWith(only));
  for (const step of chosen) {
    const started = Date.now();
    console.log(`\n━━ ${step.name} ━━`);
    const [command, ...args] = step.command as [string, ...string[]];
    await run(command, args, step.env ?? process.env);
    console.log(`━━ ${step.name}: passed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  // One closing line that CI can read: every step passed (a failing step exits above).
  console.log(`steps: ${chosen.length} passed, 0 failed`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
