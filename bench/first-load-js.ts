/**
 * First-load JavaScript per page route, read from a production build in .next/: the shared
 * root chunks (build-manifest.json rootMainFiles) plus every chunk the route's client
 * reference manifest lists for its segments (layouts, page, error and not-found boundaries).
 * Sizes are gzip (level 6, what a server typically sends). The legacy polyfill chunk is left
 * out: modern browsers skip it (nomodule).
 *
 * It also tells which routes' first-load files hold code that must load only when the chat opens:
 * pusher-js and the chat widget, known by strings only they carry.
 */
import fs from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

export interface RouteJs {
  route: string;
  files: number;
  rawKb: number;
  gzipKb: number;
  /** Names of the on-demand modules (LAZY_MARKERS) found among this route's first-load files. */
  holds?: string[];
}

/** Code that only an opened chat needs, and a string only its build carries (pusher-js's host names, the panel's title id). */
export const LAZY_MARKERS = { "pusher-js": "pusher.com", "chat widget": "chat-panel-title" } as const;

interface ClientReferenceManifest {
  entryJSFiles?: Record<string, string[]>;
}

function readClientManifest(nextDir: string, page: string): ClientReferenceManifest {
  const file = path.join(nextDir, "server", "app", `${page}_client-reference-manifest.js`);
  const source = fs.readFileSync(file, "utf8");
  // The file is `globalThis.__RSC_MANIFEST["/x/page"] = { …JSON… };`
  const json = source
    .slice(source.indexOf("= {") + 2)
    .trim()
    .replace(/;\s*$/, "");
  return JSON.parse(json) as ClientReferenceManifest;
}

/** Per route, and the framework floor: the root chunks every route loads (Next.js runtime, React). */
export function firstLoadJs(nextDir = path.resolve(".next")): {
  routes: RouteJs[];
  framework: RouteJs;
  /** Whether each marker is in some chunk of the build at all: a marker found nowhere would prove nothing. */
  markersInBuild: Record<string, boolean>;
} {
  const buildManifest = JSON.parse(fs.readFileSync(path.join(nextDir, "build-manifest.json"), "utf8")) as {
    rootMainFiles: string[];
  };
  const routes = JSON.parse(fs.readFileSync(path.join(nextDir, "app-path-routes-manifest.json"), "utf8")) as Record<
    string,
    string
  >;
  const sizes = new Map<string, { raw: number; gzip: number; holds: string[] }>();
  const markersIn = (content: string) =>
    Object.entries(LAZY_MARKERS)
      .filter(([, marker]) => content.includes(marker))
      .map(([name]) => name);
  const sizeOf = (file: string) => {
    let size = sizes.get(file);
    if (!size) {
      const content = fs.readFileSync(path.join(nextDir, file.replace(/^\/_next\//, "")));
      const holds = markersIn(content.toString("utf8"));
      size = { raw: content.length, gzip: gzipSync(content, { level: 6 }).length, holds };
      sizes.set(file, size);
    }
    return size;
  };
  const measure = (route: string, files: Set<string>): RouteJs => {
    const total = [...files].reduce(
      (sum, file) => {
        const size = sizeOf(file);
        return { raw: sum.raw + size.raw, gzip: sum.gzip + size.gzip, holds: [...sum.holds, ...size.holds] };
      },
      { raw: 0, gzip: 0, holds: [] as string[] },
    );
    const holds = [...new Set(total.holds)];
    return {
      route,
      files: files.size,
      rawKb: round(total.raw / 1024),
      gzipKb: round(total.gzip / 1024),
      ...(holds.length ? { holds } : {}),
    };
  };
  const pages = Object.entries(routes)
    .filter(([page]) => page.endsWith("/page") && !page.startsWith("/_"))
    .map(([page, route]) => {
      const entries = readClientManifest(nextDir, page).entryJSFiles ?? {};
      return measure(
        route,
        new Set(
          [...buildManifest.rootMainFiles, ...Object.values(entries).flat()].map((f) => f.replace(/^\/_next\//, "")),
        ),
      );
    })
    .sort((a, b) => a.route.localeCompare(b.route));
  const chunksDir = path.join(nextDir, "static", "chunks");
  const everything = fs
    .readdirSync(chunksDir)
    .filter((name) => name.endsWith(".js"))
    .flatMap((name) => markersIn(fs.readFileSync(path.join(chunksDir, name), "utf8")));
  return {
    routes: pages,
    framework: measure("framework (root chunks)", new Set(buildManifest.rootMainFiles)),
    markersInBuild: Object.fromEntries(Object.keys(LAZY_MARKERS).map((name) => [name, everything.includes(name)])),
  };
}

const round = (value: number) => Math.round(value * 10) / 10;
