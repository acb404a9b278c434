import { z } from "zod";
import { staffProcedure } from "@/server/api/trpc";
import { sendCollectionReminders } from "@/server/domain/collections/send-reminders";
import { env } from "@/server/env.mjs";
import { entityId } from "../shared-inputs";

/** The reminder SMS to the selected accounts, within the configured limits. */
export const sendReminders = staffProcedure("SUPERVISOR", "ADMIN")
  .input(z.object({ accountIds: z.array(entityId).min(1).max(500) }))
  .mutation(({ ctx, input }) =>
    sendCollectionReminders(ctx.db, ctx.principal, input, {
      intervalHours: env().COLLECTIONS_REMINDER_INTERVAL_HOURS,
      perRequest: env().COLLECTIONS_REMINDERS_PER_REQUEST,
    }),
  );
