import { staffProcedure } from "@/server/api/trpc";
import { CANNED_EDITOR_ROLES } from "@/server/domain/canned/canned-editors";
import { listCannedForEditing } from "@/server/domain/canned/list-canned";

export const list = staffProcedure(...CANNED_EDITOR_ROLES).query(({ ctx }) =>
  listCannedForEditing(ctx.db, ctx.principal),
);
