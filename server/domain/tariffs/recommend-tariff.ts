export interface MonthlyUsage {
  minutes: number;
  mb: number;
  sms: number;
}

export interface TariffOffer {
  id: string;
  monthlyFee: number;
  includedMinutes: number;
  includedMb: number;
  includedSms: number;
}

export type Recommendation =
  | { kind: "CHEAPER"; tariffId: string; savingPerMonth: number }
  | { kind: "COVERS_USAGE"; tariffId: string; extraPerMonth: number };

const covers = (t: TariffOffer, u: MonthlyUsage) =>
  t.includedMinutes >= u.minutes && t.includedMb >= u.mb && t.includedSms >= u.sms;

/** Average month from daily usage: the period's total scaled to 30 days. */
export function averageMonthlyUsage(days: MonthlyUsage[]): MonthlyUsage {
  if (days.length === 0) return { minutes: 0, mb: 0, sms: 0 };
  const scale = 30 / days.length;
  const sum = (pick: (d: MonthlyUsage) => number) => Math.round(days.reduce((acc, d) => acc + pick(d), 0) * scale);
  return { minutes: sum((d) => d.minutes), mb: sum((d) => d.mb), sms: sum((d) => d.sms) };
}

/**
 * The cheapest tariff that covers the subscriber's usual month. Recommended when it
 * costs less than the current one, or when the current one does not cover the usage.
 */
export function recommendTariff(
  usage: MonthlyUsage,
  current: TariffOffer,
  offers: TariffOffer[],
): Recommendation | null {
  const best = offers
    .filter((t) => t.id !== current.id && covers(t, usage))
    .sort((a, b) => a.monthlyFee - b.monthlyFee)[0];
  if (!best) return null;
  if (best.monthlyFee < current.monthlyFee) {
    return { kind: "CHEAPER", tariffId: best.id, savingPerMonth: current.monthlyFee - best.monthlyFee };
  }
  if (!covers(current, usage)) {
    return { kind: "COVERS_USAGE", tariffId: best.id, extraPerMonth: best.monthlyFee - current.monthlyFee };
  }
  return null;
}
