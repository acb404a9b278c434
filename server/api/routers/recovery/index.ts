import { createTRPCRouter } from "@/server/api/trpc";
import { confirmPasswordResetProcedure } from "./confirm-password-reset";
import { requestPasswordResetProcedure } from "./request-password-reset";

export const recoveryRouter = createTRPCRouter({
  request: requestPasswordResetProcedure,
  confirm: confirmPasswordResetProcedure,
});
