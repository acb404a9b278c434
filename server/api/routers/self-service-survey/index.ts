import { createTRPCRouter } from "@/server/api/trpc";
import { dismiss } from "./dismiss";
import { pending } from "./pending";
import { rate } from "./rate";
import { reviewClick } from "./review-click";

export const selfServiceSurveyRouter = createTRPCRouter({ pending, rate, dismiss, reviewClick });
