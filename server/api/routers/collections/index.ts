import { createTRPCRouter } from "@/server/api/trpc";
import { list } from "./list";
import { report } from "./report";
import { sendReminders } from "./send-reminders";

export const collectionsRouter = createTRPCRouter({ list, report, sendReminders });
