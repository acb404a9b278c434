import { staffProcedure } from "@/server/api/trpc";
import { listWaitingChats } from "@/server/domain/chat/list-waiting-chats";

export const queue = staffProcedure("OPERATOR", "SUPERVISOR").query(({ ctx }) => listWaitingChats(ctx.db));
