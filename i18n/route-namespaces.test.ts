import path from "node:path";
import { describe, expect, it } from "vitest";
import { filesUnder, importsOf, isClientModule, projectRoot as root, sourceOf as source } from "./import-graph";
import { messagesFor, type Namespace } from "./messages";

// Each <ClientMessages namespaces={…}> must name every namespace its client components read: a page sends the
// browser only those, so a missing one would show a key instead of a text. This walks the real import graph.
const everywhere = ["app", "errors"];

const namespaces = Object.keys(messagesFor("ru")) as Namespace[];

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
    const client = inClient || isClientModule(file);
    if (client) usedIn(file).forEach((ns) => needed.add(ns));
    for (const next of importsOf(file)) if (next === entry || providedBy(next) === null) walk(next, client);
  };
  walk(entry, false);
  return needed;
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
