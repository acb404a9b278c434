import { createTRPCRouter } from "@/server/api/trpc";
import { articleChoices } from "./article-choices";
import { create } from "./create";
import { escalate } from "./escalate";
import { feedback } from "./feedback";
import { forPage } from "./for-page";
import { get } from "./get";
import { list } from "./list";
import { preview } from "./preview";
import { setArchived } from "./set-archived";
import { update } from "./update";

/** Hints in context for subscribers, and their editing for content staff. */
export const hintsRouter = createTRPCRouter({
  forPage,
  feedback,
  escalate,
  list,
  get,
  articleChoices,
  create,
  update,
  setArchived,
  preview,
});
