// Three months of one subscriber's life: daily usage, monthly fees, extra usage charges,
// top-ups (with their Payment rows), and the odd refund or adjustment. The ledger is
// simulated day by day in time order, so blocking for debt and top-ups follow the balance.
import type { Prisma } from "@/server/generated/prisma/client";
import { entryText, localizedName, type EntryText } from "@/server/domain/payments/ledger-text";
import type { Catalogue } from "./catalogue";
import { autopayTopUp, dailyTopUp, openingTopUp, payerState, type TopUp } from "./payments";
import type { PlannedOption, SubscriberPlan } from "./people";
import type { Random } from "./random";
import { isWeekend, type HistoryWindow } from "./time";
import { dayUsage } from "./usage";

const RUB = 100;
const CALL_OVERAGE = 2_50; // per minute
const SMS_OVERAGE = 2_50; // per message
const INTERNET_TOP_UP = { mb: 1024, price: 100 * RUB, maxPerMonth: 5 };
const ROAMING = {
  cis: { minute: 29 * RUB, dataDay: 250 * RUB },
  europe: { minute: 49 * RUB, dataDay: 350 * RUB },
  world: { minute: 79 * RUB, dataDay: 450 * RUB },
} as const;

export interface AccountHistory {
  usage: Prisma.DailyUsageCreateManyInput[];
  ledger: Prisma.LedgerEntryCreateManyInput[];
  payments: Prisma.PaymentCreateManyInput[];
  balance: number;
}

export function simulateHistory(
  plan: SubscriberPlan,
  catalogue: Catalogue,
  window: HistoryWindow,
  rng: Random,
  newId: () => string,
): AccountHistory {
  const tariff = catalogue.tariffs.get(plan.tariffCode);
  if (!tariff) throw new Error(`Unknown tariff ${plan.tariffCode}`);
  const out: AccountHistory = { usage: [], ledger: [], payments: [], balance: 0 };
  const payer = payerState(plan.payer, plan.stopPayingDay, rng);
  let paymentCount = 0;

  const option = (code: string) => {
    const found = catalogue.options.get(code);
    if (!found) throw new Error(`Unknown option ${code}`);
    return found;
  };
  const activeAt = (o: PlannedOption, at: Date) => o.connectedAt <= at && (!o.disconnectedAt || o.disconnectedAt > at);
  const monthlyCost = (at: Date) =>
    tariff.monthlyFee +
    plan.options.filter((o) => activeAt(o, at)).reduce((sum, o) => sum + option(o.code).monthlyFee, 0);

  const post = (entry: Omit<Prisma.LedgerEntryCreateManyInput, "id" | "accountId">) => {
    out.ledger.push({ id: newId(), accountId: plan.id, ...entry });
    out.balance += entry.amount;
  };
  const charge = (at: Date, category: Prisma.LedgerEntryCreateManyInput["category"], amount: number, text: EntryText) =>
    post({ type: "CHARGE", category, amount: -Math.abs(amount), ...text, createdAt: at });
  const pay = (at: Date | null, topUp: TopUp | null) => {
    if (!at || !topUp || topUp.amount <= 0) return;
    paymentCount += 1;
    const key = `demo-seed:${plan.accountNumber}:${paymentCount}`;
    if (plan.payer === "regular" && rng.chance(0.05)) {
      // A declined card first; the subscriber retries a minute later.
      out.payments.push({
        id: newId(),
        accountId: plan.id,
        amount: topUp.amount,
        provider: "demo",
        providerRef: null,
        status: "FAILED",
        idempotencyKey: `${key}:declined`,
        createdAt: new Date(at.getTime() - 60_000),
      });
    }
    const paymentId = newId();
    out.payments.push({
      id: paymentId,
      accountId: plan.id,
      amount: topUp.amount,
      provider: "demo",
      providerRef: `demo-${paymentId.slice(-12)}`,
      status: "SUCCEEDED",
      idempotencyKey: key,
      createdAt: at,
    });
    post({ type: "PAYMENT", category: null, amount: topUp.amount, ...topUp.text, createdAt: at, paymentId });
  };

  // Usage earlier in the first month counts towards its allowance, so start the counters there.
  const used = { minutes: 0, mb: 0, sms: 0, internetTopUps: 0 };
  const warmup = rng.fork(7);
  for (let d = window.day(0).getUTCDate() - 1; d > 0; d--) {
    const u = dayUsage(plan.usage, plan.scale, plan.smsScale, warmup, {
      weekend: false,
      share: 1,
      blocked: false,
      abroad: false,
    });
    used.minutes += u.minutes;
    used.mb += u.mb;
    used.sms += u.sms;
  }

  for (let day = 0; day < window.days; day++) {
    const date = window.day(day);
    const month = { month: window.month(day) };

    // 00:05 on the 1st: the month's fees, then autopay.
    if (window.isFirstOfMonth(day)) {
      Object.assign(used, { minutes: 0, mb: 0, sms: 0, internetTopUps: 0 });
      const at = window.at(day, 0, 5);
      if (at) {
        charge(
          at,
          "TARIFF_FEE",
          tariff.monthlyFee,
          entryText("TARIFF_FEE_MONTHLY", { tariff: localizedName(tariff), month }),
        );
        for (const o of plan.options.filter((p) => activeAt(p, at))) {
          const opt = option(o.code);
          if (opt.monthlyFee > 0)
            charge(
              at,
              "OPTION_FEE",
              opt.monthlyFee,
              entryText("OPTION_FEE_MONTHLY", { option: localizedName(opt), month }),
            );
        }
        pay(window.at(day, 0, 10), autopayTopUp(payer, out.balance, monthlyCost(at)));
      }
    }

    // 10:00: one-off corrections.
    for (const extra of plan.extras.filter((e) => e.day === day)) {
      const at = window.at(day, 10, rng.int(0, 59));
      if (!at) continue;
      if (extra.kind === "compensation") {
        post({
          type: "ADJUSTMENT",
          category: null,
          amount: rng.int(3, 6) * 50 * RUB,
          ...entryText("OUTAGE_COMPENSATION"),
          createdAt: at,
        });
      } else if (extra.kind === "promo") {
        post({ type: "ADJUSTMENT", category: null, amount: 200 * RUB, ...entryText("REFERRAL_BONUS"), createdAt: at });
      } else if (extra.kind === "correction") {
        post({
          type: "ADJUSTMENT",
          category: "CALLS",
          amount: -rng.int(5, 15) * 10 * RUB,
          ...entryText("CALLS_CORRECTION"),
          createdAt: at,
        });
      } else {
        const refundable = out.ledger.filter((e) => e.type === "CHARGE" && e.category !== "TARIFF_FEE");
        const original = refundable[refundable.length - 1];
        if (original) {
          post({
            type: "REFUND",
            category: original.category,
            amount: -original.amount,
            ...entryText("REFUND_WRONG_CHARGE"),
            createdAt: at,
          });
        }
      }
    }

    // 12:00: options connected or disconnected today.
    for (const o of plan.options.filter((p) => p.connectedDay === day)) {
      const opt = option(o.code);
      const name = localizedName(opt);
      if (opt.connectionFee > 0)
        charge(o.connectedAt, "CONNECTION_FEE", opt.connectionFee, entryText("OPTION_CONNECTION", { option: name }));
      if (opt.monthlyFee > 0)
        charge(o.connectedAt, "OPTION_FEE", opt.monthlyFee, entryText("OPTION_FEE_MONTHLY", { option: name, month }));
    }

    // Afternoon: a top-up, if this payer would make one today.
    const payAt = window.at(day, rng.int(14, 21), rng.int(0, 59));
    if (day === 0) pay(payAt, openingTopUp(payer, monthlyCost(date), rng));
    else {
      const ctx = {
        balance: out.balance,
        monthlyCost: monthlyCost(date),
        day,
        dayOfMonth: date.getUTCDate(),
        monthKey: date.getUTCFullYear() * 12 + date.getUTCMonth(),
      };
      pay(payAt, dailyTopUp(payer, ctx, rng));
    }

    // The day's usage; a number blocked for debt uses nothing.
    const abroad = plan.trip !== null && day >= plan.trip.fromDay && day <= plan.trip.toDay;
    const u = dayUsage(plan.usage, plan.scale, plan.smsScale, rng, {
      weekend: isWeekend(date),
      share: window.elapsedShare(day),
      blocked: out.balance < 0,
      abroad,
    });
    out.usage.push({ accountId: plan.id, day: date, ...u });

    // 23:55: what the day cost beyond the packages.
    const close = window.at(day, 23, 55);
    if (!close) continue;
    if (abroad && plan.trip) {
      const covered = plan.options.some((o) => option(o.code).roamingZone === plan.trip?.zone && activeAt(o, close));
      const price = ROAMING[plan.trip.zone];
      const amount = covered ? 0 : u.minutes * price.minute + (u.mb > 0 ? price.dataDay : 0);
      if (amount > 0)
        charge(
          close,
          "ROAMING",
          amount,
          entryText("ROAMING_USAGE", { country: plan.trip.country, minutes: u.minutes, mb: u.mb }),
        );
      continue;
    }
    const extraMb = plan.options
      .filter((o) => activeAt(o, close))
      .reduce((sum, o) => sum + (option(o.code).extraMb ?? 0), 0);
    const overMinutes =
      Math.max(0, used.minutes + u.minutes - tariff.includedMinutes) -
      Math.max(0, used.minutes - tariff.includedMinutes);
    const overSms = Math.max(0, used.sms + u.sms - tariff.includedSms) - Math.max(0, used.sms - tariff.includedSms);
    used.minutes += u.minutes;
    used.sms += u.sms;
    used.mb += u.mb;
    if (tariff.kind === "mobile" && overMinutes > 0)
      charge(close, "CALLS", overMinutes * CALL_OVERAGE, entryText("CALLS_OVER_PACKAGE", { minutes: overMinutes }));
    if (tariff.kind === "mobile" && overSms > 0)
      charge(close, "SMS", overSms * SMS_OVERAGE, entryText("SMS_OVER_PACKAGE", { count: overSms }));
    const allowance = tariff.includedMb + extraMb + used.internetTopUps * INTERNET_TOP_UP.mb;
    if (used.mb > allowance && used.internetTopUps < INTERNET_TOP_UP.maxPerMonth) {
      used.internetTopUps += 1;
      charge(
        close,
        "INTERNET",
        INTERNET_TOP_UP.price,
        entryText("INTERNET_AUTO_TOP_UP", { gb: INTERNET_TOP_UP.mb / 1024 }),
      );
    }
  }
  return out;
}
