// Which accounts the collections desk should remind: the balance runs short by the next monthly
// charge, or the write-off of a promised payment is about to block the number.
import { FORECAST_WINDOW_DAYS } from "@/server/domain/payments/forecast-balance";
import type { CollectionReason } from "@/server/generated/prisma/enums";

const DAY_MS = 86_400_000;
/** An unpaid promised payment ending within this many days puts the number on the list. */
export const BLOCK_WITHIN_DAYS = 7;

export interface RiskInput {
  /** Kopecks now. */
  balance: number;
  /** Kopecks that usage (not the monthly fees) cost over the forecast window: the daily rate. */
  usageInWindow: number;
  now: Date;
  /** The next monthly charge: when, and how much (the tariff fee plus paid options). */
  nextCharge: { at: Date; amount: number };
  /** The active promised payment: what of it is still owed and when it is written off. */
  promised: { left: number; dueAt: Date } | null;
}

export interface Risk {
  reason: CollectionReason;
  /** When the balance goes below zero, or when the number is blocked. */
  forecastAt: Date;
  /** Kopecks the balance is short by then. */
  amountAtRisk: number;
}

function perDay(input: RiskInput): number {
  return Math.max(0, input.usageInWindow) / FORECAST_WINDOW_DAYS;
}

/** The balance at `at` if usage goes on at the window's average rate, the monthly charge taken on its day. */
function projectedBalance(input: RiskInput, at: Date): number {
  const days = Math.max(0, at.getTime() - input.now.getTime()) / DAY_MS;
  const charge = at.getTime() >= input.nextCharge.at.getTime() ? input.nextCharge.amount : 0;
  return Math.round(input.balance - perDay(input) * days - charge);
}

/** When the balance crosses zero on the way to the charge: now if it already has, else by usage or on the charge. */
function zeroDate(input: RiskInput): Date {
  if (input.balance <= 0) return input.now;
  const rate = perDay(input);
  const daysToCharge = (input.nextCharge.at.getTime() - input.now.getTime()) / DAY_MS;
  const days = rate > 0 ? Math.floor(input.balance / rate) : Infinity;
  return days < daysToCharge ? new Date(input.now.getTime() + days * DAY_MS) : input.nextCharge.at;
}

/**
 * Null when nothing is at risk. A block is the sharper risk, so it wins when both apply: the write-off
 * of what is left of a promised payment ending within BLOCK_WITHIN_DAYS leaves a debt. Otherwise the
 * balance after the next monthly charge: below zero, short by how far below.
 */
export function assessRisk(input: RiskInput): Risk | null {
  const { promised, now } = input;
  if (promised && promised.left > 0 && promised.dueAt.getTime() - now.getTime() <= BLOCK_WITHIN_DAYS * DAY_MS) {
    const after = projectedBalance(input, promised.dueAt) - promised.left;
    if (after < 0) return { reason: "BLOCK_SOON", forecastAt: promised.dueAt, amountAtRisk: -after };
  }
  const afterCharge = projectedBalance(input, input.nextCharge.at);
  if (afterCharge >= 0) return null;
  return { reason: "NEGATIVE_BEFORE_CHARGE", forecastAt: zeroDate(input), amountAtRisk: -afterCharge };
}
