import { z } from "zod";
import { staffProcedure } from "@/server/api/trpc";
import { listCatalogueChanges } from "@/server/domain/catalogue/list-catalogue-changes";

/** One tariff's or option's audited changes, newest first: administrators only, like the catalogue itself. */
export const changes = staffProcedure("ADMIN")
  .input(z.object({ kind: z.enum(["tariff", "option"]), id: z.string().min(1).max(64) }))
  .query(({ ctx, input }) => listCatalogueChanges(ctx.db, input.kind, input.id));
