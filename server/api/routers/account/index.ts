import { createTRPCRouter } from "@/server/api/trpc";
import { changePassword } from "./change-password";
import { myPackage } from "./my-package";
import { mySummary } from "./my-summary";
import { summary } from "./summary";

export const accountRouter = createTRPCRouter({ mySummary, myPackage, summary, changePassword });
