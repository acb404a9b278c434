import { z } from "zod";
import { subscriberProcedure } from "@/server/api/trpc";
import { getLoginThrottle } from "@/server/auth/login-throttle-instance";
import { changePassword as changePasswordInDomain } from "@/server/domain/recovery/change-password";

export const changePasswordInput = z.object({
  currentPassword: z.string().min(1).max(1000),
  newPassword: z.string().max(1000),
});

/** The signed-in subscriber's own password; other sessions end. */
export const changePassword = subscriberProcedure.input(changePasswordInput).mutation(({ ctx, input }) =>
  changePasswordInDomain(ctx.db, getLoginThrottle(), {
    ...input,
    accountId: ctx.principal.accountId,
    ip: ctx.ip,
    now: new Date(),
  }),
);
