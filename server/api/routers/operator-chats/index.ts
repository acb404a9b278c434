import { createTRPCRouter } from "@/server/api/trpc";
import { queue } from "./queue";
import { take } from "./take";

export const operatorChatsRouter = createTRPCRouter({ queue, take });
