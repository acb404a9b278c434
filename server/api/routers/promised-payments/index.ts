import { createTRPCRouter } from "@/server/api/trpc";
import { state } from "./state";
import { take } from "./take";

export const promisedPaymentsRouter = createTRPCRouter({ state, take });
