import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// One naming pattern for procedures: a router key `fooBar` is the export `fooBar` of `./foo-bar.ts`, one per file.
const routers = path.resolve(import.meta.dirname);
const kebab = (key: string) => key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

describe("procedure names", () => {
  const folders = fs.readdirSync(routers, { withFileTypes: true }).filter((d) => d.isDirectory());

  it("finds the routers", () => expect(folders.length).toBeGreaterThan(10));

  for (const folder of folders) {
    it(`${folder.name}: each key is the same-named export of its own file`, () => {
      const index = fs.readFileSync(path.join(routers, folder.name, "index.ts"), "utf8");
      const keys = /createTRPCRouter\(\{([^}]*)\}\)/
        .exec(index)![1]!
        .split(",")
        .map((k) => k.trim())
        .filter(Boolean);
      const imports = [...index.matchAll(/import \{ (\w+) \} from "\.\/([\w-]+)";/g)].map((m) => [m[1], m[2]]);
      expect(imports.sort()).toEqual(keys.map((key) => [key, kebab(key)]).sort());
      for (const key of keys) {
        const file = fs.readFileSync(path.join(routers, folder.name, `${kebab(key)}.ts`), "utf8");
        expect(file.match(/export const \w+ = \w*[pP]rocedure\b/g)).toEqual([
          expect.stringContaining(`export const ${key} =`),
        ]);
      }
    });
  }
});
