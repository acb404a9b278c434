import type { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";

type Arg = unknown;
interface ArgType {
  scalarType?: string;
  arity?: string;
}
interface Query {
  sql: string;
  args: Arg[];
  argTypes?: ArgType[];
}
interface Queryable {
  queryRaw(q: Query): Promise<unknown>;
  executeRaw(q: Query): Promise<number>;
}

/** Prisma 6.19 sends Bytes as base64 text and leaves decoding to the adapter, as adapter-pg does. */
function mapArg(arg: Arg, type: ArgType | undefined): Arg {
  if (typeof arg === "string" && type?.scalarType === "bytes") return Buffer.from(arg, "base64");
  return arg;
}

function fixQueries<T extends Queryable>(target: T): T {
  const mapQuery = (q: Query): Query => ({ ...q, args: q.args.map((a, i) => mapArg(a, q.argTypes?.[i])) });
  const queryRaw = target.queryRaw.bind(target);
  const executeRaw = target.executeRaw.bind(target);
  target.queryRaw = (q) => queryRaw(mapQuery(q));
  target.executeRaw = (q) => executeRaw(mapQuery(q));
  return target;
}

/**
 * The embedded-database adapter, with the argument decoding its version lacks for the
 * Prisma client in use (pglite-prisma-adapter 0.6 targets an older adapter contract).
 */
export function createPgliteAdapter(pglite: PGlite) {
  const factory = new PrismaPGlite(pglite);
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter = fixQueries(
      (await connect()) as unknown as Queryable & { startTransaction(level?: unknown): Promise<Queryable> },
    );
    const startTransaction = adapter.startTransaction.bind(adapter);
    adapter.startTransaction = async (level?: unknown) => fixQueries(await startTransaction(level));
    return adapter as never;
  };
  return factory;
}
