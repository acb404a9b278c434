import { z } from "zod";
import { subscriberProcedure } from "@/server/api/trpc";
import { NOTICE_KINDS, saveNoticeSettings } from "@/server/domain/notices/notice-settings";
import type { NoticeKind } from "@/server/generated/prisma/enums";

const setting = z.object({ enabled: z.boolean(), sms: z.boolean(), email: z.boolean() });
/** Every kind, always all of them: the form sends the whole table. */
const settings = z.object(
  Object.fromEntries(NOTICE_KINDS.map((kind) => [kind, setting])) as Record<NoticeKind, typeof setting>,
);

export const saveSettings = subscriberProcedure
  .input(settings)
  .mutation(({ ctx, input }) => saveNoticeSettings(ctx.db, ctx.principal.accountId, input));
