import { z } from "zod";
import { publicProcedure } from "@/server/api/trpc";
import { requestPasswordReset } from "@/server/domain/recovery/request-password-reset";
import { getRecoveryThrottle } from "@/server/domain/recovery/recovery-throttle-instance";

export const requestPasswordResetInput = z.object({
  login: z.string().trim().min(1).max(200),
  channel: z.enum(["SMS", "EMAIL"]),
});

/**
 * A known account costs a database write an unknown one does not; every answer waits until this long
 * after the request, so the response time does not tell who is a subscriber either.
 */
export const RECOVERY_ANSWER_FLOOR_MS = 300;

/** Anyone: sends a code or link if the account exists, with the same answer either way. */
export const request = publicProcedure.input(requestPasswordResetInput).mutation(async ({ ctx, input }) => {
  const answerAt = Date.now() + RECOVERY_ANSWER_FLOOR_MS;
  try {
    return await requestPasswordReset(ctx.db, getRecoveryThrottle(), { ...input, ip: ctx.ip, now: new Date() });
  } finally {
    await new Promise((resolve) => setTimeout(resolve, answerAt - Date.now()));
  }
});
