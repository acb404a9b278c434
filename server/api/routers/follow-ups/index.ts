import { createTRPCRouter } from "@/server/api/trpc";
import { get } from "./get";
import { list } from "./list";
import { resolve, take } from "./resolve";

export const followUpsRouter = createTRPCRouter({ list, get, take, resolve });
