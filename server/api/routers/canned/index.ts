import { createTRPCRouter } from "@/server/api/trpc";
import { create } from "./create";
import { list } from "./list";
import { remove } from "./remove";
import { update } from "./update";

/** Canned replies: shared ones for content staff to manage, personal ones for each operator. */
export const cannedRouter = createTRPCRouter({ list, create, update, remove });
