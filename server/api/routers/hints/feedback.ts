import { z } from "zod";
import { publicProcedure } from "@/server/api/trpc";
import { rateHint } from "@/server/domain/hints/rate-hint";
import { entityId } from "../shared-inputs";
import { hintPage } from "./for-page";

export const feedback = publicProcedure
  .input(z.object({ hintId: entityId, helpful: z.boolean(), page: hintPage }))
  .mutation(({ ctx, input }) =>
    rateHint(ctx.db, { ...input, accountId: ctx.principal?.kind === "subscriber" ? ctx.principal.accountId : null }),
  );
