import { describe, expect, it } from "vitest";
import { _createCache, _createIntlFormatters } from "use-intl/core";
// In vitest nothing is aliased: this is use-intl's runtime ICU parser, what formatted every text before.
import formatWritten from "use-intl/format-message";
import formatCompiled from "use-intl/format-message/format-only";
import type { CompiledMessage } from "icu-minify/format";
import { locales } from "./locales";
import { messagesFor } from "./messages";
import { precompileTree } from "./precompiled-messages";
import { TIME_ZONE } from "./format";

type Sample = string | number | Date | ((chunks: string[]) => string);

/** Values to try for each argument a compiled message names: every select branch, plural counts, a date, a number. */
function argumentSamples(node: unknown, into: Map<string, Sample[]>): void {
  if (!Array.isArray(node)) return;
  const [name, kind, ...rest] = node as [unknown, unknown, ...unknown[]];
  if (typeof name !== "string") return node.forEach((child) => argumentSamples(child, into));
  const set = (samples: Sample[]) => into.set(name, samples);
  const branches = (options: Record<string, unknown>) =>
    Object.values(options).forEach((o) => argumentSamples(o, into));
  if (kind === undefined) {
    if (!into.has(name)) set(["Текст"]);
  } else if (kind === 1) {
    set([...Object.keys(rest[0] as object), "unknown"]);
    branches(rest[0] as Record<string, unknown>);
  } else if (kind === 2 || kind === 3) {
    const exact = Object.keys(rest[0] as object)
      .filter((k) => k.startsWith("="))
      .map((k) => Number(k.slice(1)));
    set([...exact, 0, 1, 2, 3, 5, 11, 21, 22, 25, 101, 1.5, 1234567]);
    branches(rest[0] as Record<string, unknown>);
  } else if (kind === 4) {
    set([1234.5, 0, -7]);
  } else if (kind === 5 || kind === 6) {
    set([new Date("2026-03-08T21:07:00Z"), new Date("2026-12-31T23:59:59Z")]);
  } else {
    set([(chunks) => `<${name}>${chunks.join("")}</${name}>`]);
    [kind, ...rest].forEach((child) => argumentSamples(child, into));
  }
}

/** Each text of a dictionary with its path: `[["account.greeting", "Здравствуйте, {name}"], …]`. */
function leaves(tree: object, prefix = ""): Array<[string, unknown]> {
  return Object.entries(tree).flatMap(([key, value]): Array<[string, unknown]> =>
    typeof value === "object" && value !== null && !Array.isArray(value)
      ? leaves(value, `${prefix}${key}.`)
      : [[`${prefix}${key}`, value]],
  );
}

/** Whether every object in a value is a plain one or an array, the only kinds React hands to client components. */
const plain = (value: unknown): boolean =>
  typeof value !== "object" || value === null
    ? true
    : (Array.isArray(value) || Object.getPrototypeOf(value) === Object.prototype) && Object.values(value).every(plain);

describe("precompiled messages", () => {
  it("are plain JSON, which a page can pass to its client components", () => {
    for (const locale of locales) expect(plain(precompileTree(messagesFor(locale)))).toBe(true);
  });

  for (const locale of locales) {
    it(`format every ${locale} text as the runtime parser did, each argument varied`, () => {
      const cache = _createCache();
      const options = { cache, formatters: _createIntlFormatters(cache), locale, timeZone: TIME_ZONE };
      const compiled = new Map(leaves(precompileTree(messagesFor(locale))));
      let checked = 0;
      for (const [key, text] of leaves(messagesFor(locale))) {
        const samples = new Map<string, Sample[]>();
        argumentSamples(compiled.get(key), samples);
        const base = Object.fromEntries([...samples].map(([name, values]) => [name, values[0]]));
        const variants = [
          base,
          ...[...samples].flatMap(([name, values]) => values.slice(1).map((v) => ({ ...base, [name]: v }))),
        ];
        for (const values of variants) {
          const expected = formatWritten(key, text as string, values as never, options);
          expect(formatCompiled(key, compiled.get(key) as CompiledMessage, values as never, options), key).toEqual(
            expected,
          );
          checked++;
        }
      }
      expect(compiled.size).toBeGreaterThan(500);
      expect(checked).toBeGreaterThan(compiled.size);
    });
  }
});
