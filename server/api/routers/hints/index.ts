import { createTRPCRouter } from "@/server/api/trpc";
import { escalate } from "./escalate";
import { feedback } from "./feedback";
import { forPage } from "./for-page";

export const hintsRouter = createTRPCRouter({ forPage, feedback, escalate });
