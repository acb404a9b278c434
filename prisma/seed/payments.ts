// How each payer profile tops up the balance. Pure decisions: history.ts records them.
import { entryText, type EntryText } from "@/server/domain/payments/ledger-text";
import type { PayerProfile } from "./people";
import type { Random } from "./random";

const RUB = 100;

export function roundUp(kopecks: number, step: number): number {
  return Math.ceil(kopecks / step) * step;
}

export interface PayerState {
  profile: PayerProfile;
  /** Balance below which a regular payer starts thinking about a top-up. */
  threshold: number;
  stopPayingDay: number;
  /** Month key (year*12+month) in which a generous payer already made the monthly top-up. */
  paidMonth: number;
}

export function payerState(profile: PayerProfile, stopPayingDay: number, rng: Random): PayerState {
  return { profile, threshold: rng.int(5, 20) * 10 * RUB, stopPayingDay, paidMonth: -1 };
}

export interface TopUp {
  amount: number;
  text: EntryText;
}

const CHANNELS: Array<readonly [EntryText, number]> = [
  [entryText("TOP_UP_CARD"), 5],
  [entryText("TOP_UP_SBP"), 4],
  [entryText("TOP_UP_MOBILE_BANK"), 3],
  [entryText("TOP_UP_STORE"), 1],
];
const AUTOPAY = entryText("AUTOPAY_CARD");

/** The first top-up of the history window, before anything is charged. */
export function openingTopUp(state: PayerState, monthlyCost: number, rng: Random): TopUp {
  const text = rng.weighted(CHANNELS);
  switch (state.profile) {
    case "generous":
      return { amount: rng.int(6, 16) * 500 * RUB, text };
    case "autopay":
      return { amount: roundUp(monthlyCost * 1.1, 100 * RUB), text: AUTOPAY };
    case "regular":
      return { amount: roundUp((monthlyCost * rng.int(10, 20)) / 10, 100 * RUB), text };
    case "late":
      return { amount: roundUp(monthlyCost * 0.8, 100 * RUB), text };
    case "debtor":
      return { amount: roundUp(monthlyCost * 0.6, 100 * RUB), text };
  }
}

/** Right after the monthly fees on the 1st: autopay covers them. */
export function autopayTopUp(state: PayerState, balance: number, monthlyCost: number): TopUp | null {
  if (state.profile !== "autopay" || balance >= 100 * RUB) return null;
  return {
    amount: roundUp(Math.max(monthlyCost, -balance + 100 * RUB), 100 * RUB),
    text: AUTOPAY,
  };
}

/** The daily decision, in the afternoon: pay or not, and how much. */
export function dailyTopUp(
  state: PayerState,
  ctx: { balance: number; monthlyCost: number; day: number; dayOfMonth: number; monthKey: number },
  rng: Random,
): TopUp | null {
  const { balance, monthlyCost } = ctx;
  const text = rng.weighted(CHANNELS);
  switch (state.profile) {
    case "generous": {
      if (balance < 500 * RUB) return { amount: 2000 * RUB, text };
      if (ctx.dayOfMonth <= 5 && state.paidMonth !== ctx.monthKey && rng.chance(0.45)) {
        state.paidMonth = ctx.monthKey;
        return { amount: roundUp(monthlyCost * 1.25, 500 * RUB), text };
      }
      return null;
    }
    case "autopay":
      return balance < 50 * RUB ? { amount: 300 * RUB, text: entryText("AUTOPAY_LOW_BALANCE") } : null;
    case "regular": {
      if (balance >= state.threshold || !rng.chance(0.6)) return null;
      const wish = rng.pick([300, 500, 500, 700, 1000, 1000, 1500]) * RUB;
      return { amount: Math.max(wish, roundUp(-balance + 200 * RUB, 100 * RUB)), text };
    }
    case "late":
      if (balance >= 0 || !rng.chance(0.25)) return null;
      return { amount: roundUp(-balance + rng.int(1, 5) * 100 * RUB, 100 * RUB), text };
    case "debtor":
      if (ctx.day > state.stopPayingDay || balance >= 100 * RUB || !rng.chance(0.5)) return null;
      return { amount: roundUp(200 * RUB - balance, 100 * RUB), text };
  }
}
