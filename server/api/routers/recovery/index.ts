import { createTRPCRouter } from "@/server/api/trpc";
import { confirm } from "./confirm";
import { request } from "./request";

export const recoveryRouter = createTRPCRouter({ request, confirm });
