import { createTRPCRouter } from "@/server/api/trpc";
import { setLocale } from "./set-locale";

export const preferencesRouter = createTRPCRouter({ setLocale });
