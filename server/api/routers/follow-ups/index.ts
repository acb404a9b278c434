import { createTRPCRouter } from "@/server/api/trpc";
import { list } from "./list";
import { resolve } from "./resolve";

export const followUpsRouter = createTRPCRouter({ list, resolve });
