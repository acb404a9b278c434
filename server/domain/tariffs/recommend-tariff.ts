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
  const total = (pick: (d: MonthlyUsage) => number) => days.reduce((acc, d) => acc + pick(d), 0);
  return monthFromTotal(
    { minutes: total((d) => d.minutes), mb: total((d) => d.mb), sms: total((d) => d.sms) },
    days.length,
  );
}

/** {@link averageMonthlyUsage} from a total over `days` days already summed (by the database, say). */
export function monthFromTotal(total: MonthlyUsage, days: number): MonthlyUsage {
  if (days === 0) return { minutes: 0, mb: 0, sms: 0 };
  const scale = 30 / days;
  return {
    minutes: Math.round(total.minutes * scale),
    mb: Math.round(total.mb * scale),
    sms: Math.round(total.sms * scale),
  };
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
