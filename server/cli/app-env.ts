import type { parseEnv } from "@/server/env.mjs";

/** The app's heap limit goes to its process alone (NODE_OPTIONS reaches the node that tsx starts); a limit already in NODE_OPTIONS comes later and wins. */
export function appEnv(
  env: NodeJS.ProcessEnv,
  settings: Pick<ReturnType<typeof parseEnv>, "APP_MAX_HEAP_MB">,
): NodeJS.ProcessEnv {
  if (!settings.APP_MAX_HEAP_MB) return env;
  const limit = `--max-old-space-size=${settings.APP_MAX_HEAP_MB}`;
  return { ...env, NODE_OPTIONS: [limit, env.NODE_OPTIONS].filter(Boolean).join(" ") };
}
