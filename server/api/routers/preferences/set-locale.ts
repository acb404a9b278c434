import { z } from "zod";
import { locales, LOCALE_COOKIE } from "@/i18n/locales";
import { publicProcedure } from "@/server/api/trpc";

const LOCALE_COOKIE_MAX_AGE_SECONDS = 365 * 24 * 3600;

export const setLocaleInput = z.object({ locale: z.enum(locales) });

/**
 * Switches the interface language; a signed-in subscriber's or staff member's choice is kept on their account too
 * (their e-mails follow it).
 */
export const setLocale = publicProcedure.input(setLocaleInput).mutation(async ({ ctx, input }) => {
  ctx.setCookie?.(LOCALE_COOKIE, input.locale, LOCALE_COOKIE_MAX_AGE_SECONDS);
  if (ctx.principal?.kind === "subscriber") {
    await ctx.db.subscriberAccount.update({
      where: { id: ctx.principal.accountId },
      data: { locale: input.locale },
    });
  }
  if (ctx.principal?.kind === "staff") {
    await ctx.db.staffUser.update({ where: { id: ctx.principal.staffId }, data: { locale: input.locale } });
  }
  return { locale: input.locale };
});
