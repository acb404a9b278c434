import { createTRPCRouter } from "@/server/api/trpc";
import { link } from "./link";
import { questions } from "./questions";
import { trend } from "./trend";

/** What the bot could not answer, and the editors' answers to it. */
export const botLearningRouter = createTRPCRouter({ questions, link, trend });
