import fs from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import zlib from "node:zlib";
import type http from "node:http";
import sirv from "sirv";
import { SITE_HEADERS } from "@/server/http/site-headers.mjs";

/** Where Next's build puts the hashed scripts and styles, and the address they are asked for at. */
export const staticAssetsDir = path.join(".next", "static");
const PREFIX = "/_next/static/";
/** Written last: its presence says every file has its compressed copies beside it. */
const MARKER = ".precompressed";
/** The text files worth compressing, with their types: scripts carry Russian text, so the charset is said. */
const TEXT_TYPES: Record<string, string> = {
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
};
/** Below this a compressed copy saves less than its headers cost. */
const MIN_BYTES = 1024;

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

/**
 * Brotli (best) and gzip copies of the build's scripts and styles, made once after `next build`. Next itself
 * compresses every static answer again for each browser with an empty cache: about 10 ms of the app's time per
 * first visit to the account page, in the moments its stylesheet and scripts are awaited.
 */
export async function precompressStaticAssets(dir = staticAssetsDir): Promise<number> {
  const files = fs
    .readdirSync(dir, { recursive: true, encoding: "utf8" })
    .map((name) => path.join(dir, name))
    .filter((file) => {
      if (!(path.extname(file) in TEXT_TYPES)) return false;
      const stats = fs.statSync(file);
      return stats.isFile() && stats.size >= MIN_BYTES;
    });
  await Promise.all(
    files.map(async (file) => {
      const content = await fs.promises.readFile(file);
      const quality = { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY } };
      await fs.promises.writeFile(`${file}.br`, await brotli(content, quality));
      await fs.promises.writeFile(`${file}.gz`, await gzip(content, { level: zlib.constants.Z_BEST_COMPRESSION }));
    }),
  );
  fs.writeFileSync(path.join(dir, MARKER), "");
  return files.length;
}

export type StaticAssets = (req: http.IncomingMessage, res: http.ServerResponse, otherwise: () => void) => void;

/**
 * Answers /_next/static/ from the build with its compressed copies (the best the browser accepts), cached for
 * good as Next does (the names change with the content), with the site's headers. Absent when the build was not
 * precompressed: Next then serves them as before. A file it does not know goes to `otherwise`, the request untouched.
 */
export function staticAssets(dir = staticAssetsDir): StaticAssets | undefined {
  if (!fs.existsSync(path.join(dir, MARKER))) return undefined;
  const serve = sirv(dir, {
    brotli: true,
    gzip: true,
    etag: true,
    maxAge: 31_536_000,
    immutable: true,
    extensions: [],
    setHeaders: (res, pathname) => {
      SITE_HEADERS.forEach(({ key, value }) => res.setHeader(key, value));
      const type = TEXT_TYPES[path.extname(pathname)];
      if (type) res.setHeader("Content-Type", type);
    },
  });
  return (req, res, otherwise) => {
    const url = req.url ?? "";
    if ((req.method !== "GET" && req.method !== "HEAD") || !url.startsWith(PREFIX)) return otherwise();
    req.url = url.slice(PREFIX.length - 1);
    serve(req, res, () => {
      req.url = url;
      otherwise();
    });
  };
}
