import { createTRPCRouter } from "@/server/api/trpc";
import { choices } from "./choices";
import { create } from "./create";
import { forPlacement } from "./for-placement";
import { get } from "./get";
import { list } from "./list";
import { setStatus } from "./set-status";
import { update } from "./update";

/** Banner management for marketers and administrators, and the banner a placement shows to anyone. */
export const bannersRouter = createTRPCRouter({ list, get, choices, create, update, setStatus, forPlacement });
