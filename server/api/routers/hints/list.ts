import { staffProcedure } from "@/server/api/trpc";
import { CONTENT_STAFF_ROLES } from "@/server/domain/content/content-staff";
import { listHintsForEditors } from "@/server/domain/hints/list-hints";

export const list = staffProcedure(...CONTENT_STAFF_ROLES).query(({ ctx }) => listHintsForEditors(ctx.db));
