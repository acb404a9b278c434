import { z } from "zod";
import { staffProcedure } from "@/server/api/trpc";
import { inboxAdminDeps, testChannelInbox } from "@/server/channels/inbox-admin";
import { entityId } from "../shared-inputs";

/** Asks the messenger who the inbox's token speaks for (Telegram's getMe). */
export const testConnection = staffProcedure("ADMIN")
  .input(z.object({ inboxId: entityId }))
  .mutation(({ ctx, input }) => testChannelInbox(ctx.db, inboxAdminDeps(), input.inboxId));
