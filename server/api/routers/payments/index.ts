import { createTRPCRouter } from "@/server/api/trpc";
import { ledger } from "./ledger";
import { overview } from "./overview";
import { spending } from "./spending";
import { topUp } from "./top-up";

export const paymentsRouter = createTRPCRouter({ overview, ledger, spending, topUp });
