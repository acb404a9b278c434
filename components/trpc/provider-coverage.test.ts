import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { filesUnder, importsOf, isClientModule, projectRoot, sourceOf } from "@/i18n/import-graph";

// The tRPC client (React Query, superjson) is not in the root layout: pages that never call the API should not
// download it. So every client component calling useTRPC must sit under a <TrpcReactProvider>: in a layout or
// page above it, or in the module that renders it (the chat widget brings its own). This walks the real imports.
const appDir = path.join(projectRoot, "app");
const provides = (file: string) => /<TrpcReactProvider|withTrpcProvider\(/.test(sourceOf(file));
const callsTrpc = (file: string) => /\buseTRPC\(/.test(sourceOf(file));

/** The layouts from the root down to the page's folder, then the page. */
function chainOf(page: string): string[] {
  const dirs = path.relative(appDir, path.dirname(page)).split(path.sep).filter(Boolean);
  const layouts = ["", ...dirs.map((_, i) => dirs.slice(0, i + 1).join(path.sep))]
    .map((dir) => path.join(appDir, dir, "layout.tsx"))
    .filter((file) => fs.existsSync(file));
  return [...layouts, page];
}

/** Client modules calling useTRPC reachable from `entries` without passing a module that provides the client. */
function unprovidedCallers(entries: string[]): string[] {
  const found = new Set<string>();
  const seen = new Set<string>();
  const walk = (file: string, inClient: boolean) => {
    const key = `${file}:${inClient}`;
    if (seen.has(key) || provides(file)) return;
    seen.add(key);
    const client = inClient || isClientModule(file);
    if (client && callsTrpc(file)) found.add(path.relative(projectRoot, file));
    for (const next of importsOf(file)) walk(next, client);
  };
  entries.forEach((entry) => walk(entry, false));
  return [...found].sort();
}

const pages = filesUnder(appDir).filter((file) => /(^|\/)(page|error|not-found|forbidden)\.tsx$/.test(file));

describe("the tRPC client is provided wherever it is used", () => {
  it("finds pages that use it (the walk is not vacuous)", () => {
    // The page alone, without the staff layout that provides the client.
    expect(unprovidedCallers([path.join(projectRoot, "app/admin/help/[id]/page.tsx")])).toContain(
      "components/help-admin/article-editor.tsx",
    );
  });

  for (const page of pages) {
    it(`${path.relative(projectRoot, page)}`, () => {
      const chain = chainOf(page);
      if (chain.some(provides)) return;
      expect(unprovidedCallers(chain)).toEqual([]);
    });
  }
});
