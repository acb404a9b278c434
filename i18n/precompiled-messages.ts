import formatMessage from "use-intl/format-message";
import compile from "icu-minify/compile";

/**
 * Whether use-intl formats precompiled messages here. Next's bundles swap its runtime ICU parser for the
 * formatter of precompiled messages (next.config.mjs), which leaves the parser out of every page's JavaScript;
 * elsewhere (scripts, tests) the parser stays and formats the texts as written.
 */
export const formatsPrecompiled = !formatMessage.raw;

type Tree = { [key: string]: string | Tree };

/**
 * Every text of a dictionary compiled to icu-minify's form, what the precompiled formatter reads. As JSON, what a
 * catalogue file would hold: icu-minify makes select and plural branches without a prototype, and React passes only
 * plain objects to client components.
 */
export function precompileTree<T extends object>(tree: T): T {
  return Object.fromEntries(
    Object.entries(tree as Tree).map(([key, value]) => [
      key,
      typeof value === "string" ? (JSON.parse(JSON.stringify(compile(value))) as unknown) : precompileTree(value),
    ]),
  ) as T;
}
