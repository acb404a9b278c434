import { createTRPCRouter } from "@/server/api/trpc";
import { catalogue } from "./catalogue";
import { change } from "./change";
import { history } from "./history";
import { previewChange } from "./preview-change";

export const tariffsRouter = createTRPCRouter({ catalogue, previewChange, change, history });
