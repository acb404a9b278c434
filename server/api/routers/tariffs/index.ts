import { createTRPCRouter } from "@/server/api/trpc";
import { change } from "./change";
import { getCatalogue } from "./get-catalogue";
import { history } from "./history";
import { previewChange } from "./preview-change";

export const tariffsRouter = createTRPCRouter({ catalogue: getCatalogue, previewChange, change, history });
