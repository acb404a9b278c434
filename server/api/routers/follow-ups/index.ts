import { createTRPCRouter } from "@/server/api/trpc";
import { get } from "./get";
import { list } from "./list";
import { resolve } from "./resolve";
import { take } from "./take";

export const followUpsRouter = createTRPCRouter({ list, get, take, resolve });
