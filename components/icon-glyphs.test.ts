import fs from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "..");

// Emoji, and the symbol blocks whose characters serve as icons (arrows, ✕ ✓ ★ ➤ ☰ ▶ …): where no font has them the
// browser draws an empty box, so icons come from lucide-react. Typography (« » — … · ₽) is text and stays.
const ICON_GLYPH =
  /[\p{Extended_Pictographic}\u{2190}-\u{21FF}\u{2300}-\u{23FF}\u{2460}-\u{24FF}\u{25A0}-\u{27BF}\u{2900}-\u{2BFF}\u{00D7}\u{FE0F}]/u;

function tsxFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return tsxFiles(full);
    return entry.name.endsWith(".tsx") && !entry.name.includes(".test.") ? [full] : [];
  });
}

/** The text a file puts on screen: JSX text and string literals (comments are not shown to anyone). */
function shownTexts(source: string): string[] {
  const file = ts.createSourceFile("f.tsx", source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const texts: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) || ts.isStringLiteralLike(node) || ts.isTemplateLiteralToken(node)) texts.push(node.text);
    node.forEachChild(visit);
  };
  visit(file);
  return texts;
}

describe("icons are drawn, not typed", () => {
  it("finds a glyph icon in JSX text and in a string, and ignores one in a comment", () => {
    expect(shownTexts(`// ← back\nconst a = <b>📎</b>; const c = "✕";`).filter((t) => ICON_GLYPH.test(t))).toEqual([
      "📎",
      "✕",
    ]);
    expect(ICON_GLYPH.test("«Тарифы» — 1 000 ₽ · …")).toBe(false);
  });

  // Parses every component with the TypeScript compiler: more than the default 5 s on a loaded machine.
  it("components/ and app/ show no emoji or symbol glyphs", { timeout: 30_000 }, () => {
    const files = [...tsxFiles(path.join(root, "components")), ...tsxFiles(path.join(root, "app"))];
    expect(files.length).toBeGreaterThan(0);
    const found = files.flatMap((file) =>
      shownTexts(fs.readFileSync(file, "utf8"))
        .filter((text) => ICON_GLYPH.test(text))
        .map((text) => `${path.relative(root, file)}: ${text.trim()}`),
    );
    expect(found).toEqual([]);
  });
});
