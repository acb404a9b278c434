import { createTRPCRouter } from "@/server/api/trpc";
import { search } from "./search";
import { suggest } from "./suggest";

/** The operator's knowledge panel. */
export const knowledgeRouter = createTRPCRouter({ search, suggest });
