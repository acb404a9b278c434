import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { messagesFor, type Namespace } from "./messages";

// Each <ClientMessages namespaces={…}> must name every namespace its client components read: a page sends the
// browser only those, so a missing one would show a key instead of a text. This walks the real import graph.
const root = path.resolve(import.meta.dirname, "..");
const everywhere = ["app", "errors"];

const namespaces = Object.keys(messagesFor("ru")) as Namespace[];

function resolveImport(from: string, spec: string): string | null {
  const base = spec.startsWith("@/")
    ? path.join(root, spec.slice(2))
    : spec.startsWith(".")
      ? path.resolve(path.dirname(from), spec)
      : null;
  if (!base) return null;
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, "index.ts")]) {
    if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate;
  }
  return null;
}

const source = (file: string) => fs.readFileSync(file, "utf8");
const importsOf = (file: string) =>
  [...source(file).matchAll(/^(?:import|export)\s(?!type\s)[^;]*?from\s+"([^"]+)"/gms)]
    .map((m) => resolveImport(file, m[1]!))
    .filter((f): f is string => f !== null && !f.includes(`${path.sep}generated${path.sep}`));
const providedBy = (file: string) => {
  const list = /<ClientMessages namespaces=\{\[([^\]]*)\]\}/.exec(source(file))?.[1];
  return list === undefined ? null : [...list.matchAll(/"(\w+)"/g)].map((m) => m[1]!);
};
const usedIn = (file: string) => {
  const pattern = new RegExp(`["\`](${namespaces.join("|")})\\.[A-Za-z]`, "g");
  return new Set([...source(file).matchAll(pattern)].map((m) => m[1]!));
};

/** Namespaces read by the client modules reachable from `entry`, up to (not through) another provider. */
function neededBy(entry: string): Set<string> {
  const needed = new Set<string>();
  const seen = new Set<string>();
  const walk = (file: string, inClient: boolean) => {
    const key = `${file}:${inClient}`;
    if (seen.has(key)) return;
    seen.add(key);
    const client = inClient || source(file).trimStart().startsWith('"use client"');
    if (client) usedIn(file).forEach((ns) => needed.add(ns));
    for (const next of importsOf(file)) if (next === entry || providedBy(next) === null) walk(next, client);
  };
  walk(entry, false);
  return needed;
}

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(full) : /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

const providers = ["app", "components"]
  .flatMap((dir) => filesUnder(path.join(root, dir)))
  .filter((f) => providedBy(f) !== null);

describe("each page's client messages", () => {
  it("finds the providers (the walk is not vacuous)", () => {
    expect(providers.length).toBeGreaterThan(15);
    expect(neededBy(path.join(root, "app/admin/workspace/page.tsx"))).toContain("workspace");
  });

  for (const file of providers) {
    it(`${path.relative(root, file)} names every namespace its client components read`, () => {
      const provided = new Set([...everywhere, ...(providedBy(file) ?? [])]);
      expect([...neededBy(file)].filter((ns) => !provided.has(ns)).sort()).toEqual([]);
    });
  }
});
