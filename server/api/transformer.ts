import superjson from "superjson";
import type { TRPCCombinedDataTransformer } from "@trpc/server";

/**
 * True when superjson would add nothing to `value`: only strings, finite numbers, booleans, null, arrays and
 * plain objects, each object or array reached once (superjson notes a value seen twice as a reference), no
 * undefined. Far cheaper than superjson's walk, which builds a path for every node it visits.
 */
function isPlainJson(value: unknown, seen: Set<object>): boolean {
  if (value === null) return true;
  switch (typeof value) {
    case "string":
    case "boolean":
      return true;
    case "number":
      return Number.isFinite(value) && !Object.is(value, -0);
    case "object": {
      if (seen.has(value)) return false;
      seen.add(value);
      if (Array.isArray(value)) {
        for (let i = 0; i < value.length; i++) if (!isPlainJson(value[i], seen)) return false;
        return true;
      }
      if (Object.getPrototypeOf(value) !== Object.prototype) return false;
      for (const key in value) {
        if (!Object.hasOwn(value, key) || key === "__proto__") return false;
        if (!isPlainJson((value as Record<string, unknown>)[key], seen)) return false;
      }
      return true;
    }
    default:
      return false;
  }
}

/**
 * superjson (the browser's transformer too), with the server's answers that are plain JSON — most of them,
 * e.g. the account summary — sent as superjson would send them ({ json }, no meta) without its walk.
 */
export const transformer: TRPCCombinedDataTransformer = {
  input: superjson,
  output: {
    serialize: (value: unknown) => (isPlainJson(value, new Set()) ? { json: value } : superjson.serialize(value)),
    deserialize: superjson.deserialize,
  },
};
