import { staffProcedure } from "@/server/api/trpc";
import { connectInboxFromForm, inboxAdminDeps } from "@/server/channels/inbox-admin";
import { connectInboxInput } from "@/server/domain/channels/connect-inbox-input";

/** Connects an inbox from the admin's form and points the messenger's webhook at it; audited. */
export const connect = staffProcedure("ADMIN")
  .input(connectInboxInput)
  .mutation(({ ctx, input }) => connectInboxFromForm(ctx.db, inboxAdminDeps(), ctx.principal, input));
