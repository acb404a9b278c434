import { z } from "zod";
import { publicProcedure } from "@/server/api/trpc";
import { getLoginThrottle } from "@/server/auth/login-throttle-instance";
import { confirmPasswordReset } from "@/server/domain/recovery/confirm-password-reset";
import { getRecoveryThrottle } from "@/server/domain/recovery/recovery-throttle-instance";

// Length rules for the new password are the domain's (WEAK_PASSWORD); here only a sanity bound.
const newPassword = z.string().max(1000);

export const confirmPasswordResetInput = z.union([
  z.object({ login: z.string().trim().min(1).max(200), code: z.string().trim().max(20), newPassword }),
  z.object({ token: z.string().trim().min(1).max(200), newPassword }),
]);

/** Anyone holding a valid code (with the login) or e-mail link sets a new password. */
export const confirm = publicProcedure.input(confirmPasswordResetInput).mutation(async ({ ctx, input }) => {
  await confirmPasswordReset(
    ctx.db,
    { recovery: getRecoveryThrottle(), login: getLoginThrottle() },
    { ...input, ip: ctx.ip, now: new Date() },
  );
  return { ok: true as const };
});
