import { z } from "zod";
import { subscriberProcedure } from "@/server/api/trpc";
import { LedgerEntryType } from "@/server/generated/prisma/enums";
import { LEDGER_PAGE_SIZE, listLedger, MAX_LEDGER_PAGE_SIZE } from "@/server/domain/payments/list-ledger";

const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .optional();

/** The subscriber's own ledger; the period is checked by the domain (real dates, order, at most a year). */
export const ledger = subscriberProcedure
  .input(
    z.object({
      type: z.enum(LedgerEntryType).optional(),
      from: day,
      to: day,
      page: z.number().int().min(1).max(10_000).default(1),
      pageSize: z.number().int().min(1).max(MAX_LEDGER_PAGE_SIZE).default(LEDGER_PAGE_SIZE),
    }),
  )
  .query(({ ctx, input }) => listLedger(ctx.db, ctx.principal.accountId, input));
