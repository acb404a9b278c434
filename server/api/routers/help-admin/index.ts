import { createTRPCRouter } from "@/server/api/trpc";
import { create } from "./create";
import { get } from "./get";
import { list } from "./list";
import { restore } from "./restore";
import { update } from "./update";

/** Help articles for content staff: drafts, both languages, history. */
export const helpAdminRouter = createTRPCRouter({ list, get, create, update, restore });
