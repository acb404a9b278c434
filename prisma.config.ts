import path from "node:path";
import { defineConfig } from "prisma/config";

// Migrations run through Prisma's WebAssembly schema engine and a driver adapter,
// because the native engine cannot be downloaded offline (see README).
export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations"), seed: "tsx prisma/seed.ts" },
  async adapter() {
    const url = process.env.DATABASE_URL;
    const { PrismaPg } = await import("adapter-pg-7");
    if (url) {
      // adapter-pg 7 maps pg_catalog's `name` columns that the 6.19 schema engine reads.
      const factory = new PrismaPg({ connectionString: url });
      // Its executeScript splits a migration on every ";", cutting PL/pgSQL function bodies: split it properly.
      const { splitSqlScript } = await import("./server/cli/split-sql-script");
      const connect = factory.connect.bind(factory);
      factory.connect = async () => {
        const adapter = await connect();
        adapter.executeScript = async (script: string) => {
          for (const sql of splitSqlScript(script)) await adapter.executeRaw({ sql, args: [], argTypes: [] });
        };
        return adapter;
      };
      return factory;
    }
    const { PGlite } = await import("@electric-sql/pglite");
    const { PrismaPGlite } = await import("pglite-prisma-adapter");
    const dataDir = process.env.PGLITE_DATA_DIR ?? path.join(".data", "pglite");
    const { mkdirSync } = await import("node:fs");
    mkdirSync(path.dirname(dataDir), { recursive: true });
    // Typed against an older driver-adapter-utils; the runtime contract is the same.
    return new PrismaPGlite(new PGlite(dataDir)) as unknown as InstanceType<typeof PrismaPg>;
  },
});
