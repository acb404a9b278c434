import { staffProcedure } from "@/server/api/trpc";
import { CONTENT_STAFF_ROLES } from "@/server/domain/content/content-staff";
import { previewHintAudience } from "@/server/domain/hints/preview-hint-audience";
import { hintPreviewSchema } from "@/server/domain/hints/hint-input";

export const preview = staffProcedure(...CONTENT_STAFF_ROLES)
  .input(hintPreviewSchema)
  .query(({ ctx, input }) => previewHintAudience(ctx.db, input));
