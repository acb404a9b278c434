// The built app as `npm start` serves it: Next's request handler behind our own HTTP server, which tells the
// app each request's socket address and answers /api/trpc itself (app-front.ts). Started by start.ts with the
// environment it prepared.
import next from "next";
import { parseEnv } from "@/server/env.mjs";
import { createAppFront } from "./app-front";
import { trpcFrontRoute } from "./trpc-front";
import { staticAssets } from "./static-assets";

async function main() {
  const settings = parseEnv(process.env);
  // The port lets Next build absolute request URLs (proxy.ts reads them) as `next start -p` does.
  const app = next({ dev: false, dir: process.cwd(), hostname: "localhost", port: settings.PORT });
  await app.prepare();
  // start.ts always gives a secret; without one only Next's route knows next-auth's derived secret.
  const trpc = settings.NEXTAUTH_SECRET ? trpcFrontRoute(settings.NEXTAUTH_SECRET) : undefined;
  const server = createAppFront(app.getRequestHandler(), settings.TRUSTED_PROXY_HOPS, trpc, staticAssets());
  server.listen(settings.PORT, () => console.log(`The app listens on port ${settings.PORT}.`));
}

void main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
