import { createTRPCRouter } from "@/server/api/trpc";
import { recent } from "./recent";

export const devOutboxRouter = createTRPCRouter({ recent });
