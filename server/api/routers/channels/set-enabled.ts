import { z } from "zod";
import { staffProcedure } from "@/server/api/trpc";
import { changeInboxEnabled } from "@/server/domain/channels/change-inbox-enabled";
import { entityId } from "../shared-inputs";

/** Turns an inbox off or on again; audited. */
export const setEnabled = staffProcedure("ADMIN")
  .input(z.object({ inboxId: entityId, enabled: z.boolean() }))
  .mutation(({ ctx, input }) => changeInboxEnabled(ctx.db, ctx.principal, input));
