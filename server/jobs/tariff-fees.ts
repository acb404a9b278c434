import type { Db } from "@/server/db-client";
import { applyDueTariffFees } from "@/server/domain/catalogue/apply-due-tariff-fees";
import { createProcessLoop, type ProcessLoop } from "./process-loop";

/** A scheduled fee shows within a minute of its midnight; charges read the dated prices and never wait for it. */
const INTERVAL_MS = 60_000;

export function tariffFeesJob(getDb: () => Db): ProcessLoop {
  return createProcessLoop({
    name: "catalogue.tariffFees",
    intervalMs: INTERVAL_MS,
    pass: () => applyDueTariffFees(getDb()),
  });
}
