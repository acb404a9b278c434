import { createTRPCRouter } from "@/server/api/trpc";
import { connect } from "./connect";
import { disconnect } from "./disconnect";
import { list } from "./list";
import { previewConnect } from "./preview-connect";

export const optionsRouter = createTRPCRouter({ list, previewConnect, connect, disconnect });
