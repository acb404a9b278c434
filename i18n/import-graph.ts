import fs from "node:fs";
import path from "node:path";

/**
 * The project's own import graph, read from the sources, for tests that check what each page's client code
 * gets from a provider above it (messages, the tRPC client). Follows static imports and import("…").
 */
export const projectRoot = path.resolve(import.meta.dirname, "..");

function resolveImport(from: string, spec: string): string | null {
  const base = spec.startsWith("@/")
    ? path.join(projectRoot, spec.slice(2))
    : spec.startsWith(".")
      ? path.resolve(path.dirname(from), spec)
      : null;
  if (!base) return null;
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, "index.ts")]) {
    if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate;
  }
  return null;
}

export const sourceOf = (file: string) => fs.readFileSync(file, "utf8");

export const isClientModule = (file: string) => sourceOf(file).trimStart().startsWith('"use client"');

/** Project files this one imports; import("…") counts too (code fetched on demand runs under the same providers). */
export const importsOf = (file: string) =>
  [
    ...sourceOf(file).matchAll(/^(?:import|export)\s(?!type\s)[^;]*?from\s+"([^"]+)"/gms),
    ...sourceOf(file).matchAll(/\bimport\(\s*"([^"]+)"\s*\)/g),
  ]
    .map((m) => resolveImport(file, m[1]!))
    .filter((f): f is string => f !== null && !f.includes(`${path.sep}generated${path.sep}`));

export function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(full) : /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}
