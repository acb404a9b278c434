import fs from "node:fs";
import path from "node:path";
import { build, type Plugin } from "esbuild";

/** What `npm start` runs the app from: plain JavaScript beside the Next build (git-ignored with it). */
export const appServerBundle = path.join(".next", "app-server.mjs");

/**
 * `server-only` throws unless resolved under React's server condition, which Next gives its server bundles; the app
 * server is server code by definition, so the marker is dropped (node must not run with that condition: Next's
 * own React would resolve to the wrong build).
 */
const serverOnly: Plugin = {
  name: "server-only",
  setup(build) {
    build.onResolve({ filter: /^server-only$/ }, () => ({ path: "server-only", namespace: "server-only" }));
    build.onLoad({ filter: /.*/, namespace: "server-only" }, () => ({ contents: "", loader: "js" }));
  },
};

/**
 * server/cli/app-server.ts and the files it imports (app-front, log, env, and the tRPC endpoint with its routers) as one ESM file, packages left as
 * imports, for node alone. Under `--import tsx` the app process idled about 130 MB higher: tsx turns Node's source
 * maps on, so every Next chunk's map was read and kept (about 85 MB), and it runs its loader on a thread of its own
 * (the rest). Bundling takes milliseconds, so every start does it: the file never lags behind the sources.
 */
export async function bundleAppServer(outfile = appServerBundle): Promise<string> {
  const { outputFiles } = await build({
    entryPoints: ["server/cli/app-server.ts"],
    outfile,
    bundle: true,
    packages: "external",
    platform: "node",
    format: "esm",
    target: "node20",
    logLevel: "warning",
    write: false,
    plugins: [serverOnly],
  });
  // Written aside and renamed into place: another instance starting from this checkout (PORT=3001 npm start) may
  // be reading the file at that moment, and must find the whole of it.
  const written = `${outfile}.${process.pid}.tmp`;
  fs.writeFileSync(written, outputFiles[0]!.contents);
  fs.renameSync(written, outfile);
  return outfile;
}
