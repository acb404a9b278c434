import { createTRPCRouter } from "@/server/api/trpc";
import { changePasswordProcedure } from "./change-password";
import { getAccountSummaryById } from "./get-account-summary";
import { getMyAccountSummary } from "./get-my-account-summary";

export const accountRouter = createTRPCRouter({
  mySummary: getMyAccountSummary,
  summary: getAccountSummaryById,
  changePassword: changePasswordProcedure,
});
