import { z } from "zod";
import { subscriberProcedure } from "@/server/api/trpc";
import { saveNoticeSettings } from "@/server/domain/notices/notice-settings";

const setting = z.object({ enabled: z.boolean(), sms: z.boolean(), email: z.boolean() });

export const saveSettings = subscriberProcedure
  .input(
    z.object({
      LOW_BALANCE: setting,
      DEBT_BLOCK: setting,
      PROMISED_PAYMENT_DUE: setting,
      AUTOPAY_MADE: setting,
      AUTOPAY_DECLINED: setting,
    }),
  )
  .mutation(({ ctx, input }) => saveNoticeSettings(ctx.db, ctx.principal.accountId, input));
