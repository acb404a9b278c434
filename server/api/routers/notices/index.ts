import { createTRPCRouter } from "@/server/api/trpc";
import { list } from "./list";
import { unread } from "./unread";
import { markRead } from "./mark-read";
import { settings } from "./settings";
import { saveSettings } from "./save-settings";

export const noticesRouter = createTRPCRouter({ list, unread, markRead, settings, saveSettings });
