import { z } from "zod";
import { publicProcedure } from "@/server/api/trpc";
import { recordEscalationIntent } from "@/server/domain/hints/record-escalation-intent";
import { entityId } from "../shared-inputs";
import { hintPage } from "./for-page";

const code = z
  .string()
  .max(64)
  .regex(/^[\w.]+$/)
  .nullish();

export const escalate = publicProcedure
  .input(
    z.object({ page: hintPage, failedAction: code, errorCode: code, hintIds: z.array(entityId).max(10).default([]) }),
  )
  .mutation(({ ctx, input }) =>
    recordEscalationIntent(ctx.db, {
      ...input,
      accountId: ctx.principal?.kind === "subscriber" ? ctx.principal.accountId : null,
      visitorToken: ctx.visitorSessionKey,
    }),
  );
