import { staffProcedure } from "@/server/api/trpc";
import { connectableChannels, inboxAdminDeps } from "@/server/channels/inbox-admin";
import { listInboxes } from "@/server/domain/channels/list-inboxes";

/** The messenger inboxes with their status, and the channels that can be connected: administrators only. */
export const list = staffProcedure("ADMIN").query(async ({ ctx }) => ({
  inboxes: await listInboxes(ctx.db),
  connectable: connectableChannels(inboxAdminDeps()),
}));
