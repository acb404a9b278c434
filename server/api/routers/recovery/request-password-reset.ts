import { z } from "zod";
import { publicProcedure } from "@/server/api/trpc";
import { requestPasswordReset } from "@/server/domain/recovery/request-password-reset";
import { getRecoveryThrottle } from "@/server/domain/recovery/recovery-throttle-instance";

export const requestPasswordResetInput = z.object({
  login: z.string().trim().min(1).max(200),
  channel: z.enum(["SMS", "EMAIL"]),
});

/** Anyone: sends a code or link if the account exists, with the same answer either way. */
export const requestPasswordResetProcedure = publicProcedure
  .input(requestPasswordResetInput)
  .mutation(({ ctx, input }) =>
    requestPasswordReset(ctx.db, getRecoveryThrottle(), { ...input, ip: ctx.ip, now: new Date() }),
  );
