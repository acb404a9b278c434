import { staffProcedure } from "@/server/api/trpc";
import { CONTENT_STAFF_ROLES } from "@/server/domain/content/content-staff";
import { listHintArticleChoices } from "@/server/domain/hints/list-hints";

export const articleChoices = staffProcedure(...CONTENT_STAFF_ROLES).query(({ ctx }) => listHintArticleChoices(ctx.db));
