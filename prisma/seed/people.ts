// The 60 demo subscribers: who they are, what they are on, how they use and pay.
// Everything here is a plan; history.ts turns it into usage and ledger rows.
import type { LocalizedName } from "@/server/domain/payments/ledger-text";
import type { Catalogue, RoamingZone } from "./catalogue";
import { emailFactory, nameGenerator, type PersonName } from "./names";
import type { Random } from "./random";
import { addDays, type HistoryWindow } from "./time";

export const SUBSCRIBER_COUNT = 60;

export type UsageProfile = "light" | "medium" | "heavy" | "home";
/** autopay tops up on every fee; regular tops up when low; generous keeps thousands; late pays after going negative; debtor stops paying. */
export type PayerProfile = "autopay" | "regular" | "generous" | "late" | "debtor";

export interface PlannedOption {
  code: string;
  connectedAt: Date;
  /** History day of the connection, or null when it happened before the history window. */
  connectedDay: number | null;
  disconnectedAt: Date | null;
  disconnectedDay: number | null;
}

export interface Trip {
  fromDay: number;
  toDay: number;
  zone: RoamingZone;
  country: LocalizedName;
}

export type ExtraKind = "compensation" | "promo" | "correction" | "refund";

export interface SubscriberPlan {
  index: number;
  id: string;
  accountNumber: string;
  phone: string;
  fullName: string;
  email: string | null;
  createdAt: Date;
  tariffCode: string;
  tariffSince: Date;
  usage: UsageProfile;
  /** Personal multiplier on the profile's typical usage. */
  scale: number;
  /** Extra multiplier on SMS: a few people still text a lot. */
  smsScale: number;
  payer: PayerProfile;
  /** Last history day on which a debtor still pays. */
  stopPayingDay: number;
  options: PlannedOption[];
  trip: Trip | null;
  extras: Array<{ day: number; kind: ExtraKind }>;
}

/** How many subscribers sit on each tariff (subscriber 1 is on smart-m and counted here). */
const TARIFF_SLOTS: Array<readonly [string, number]> = [
  ["smart-s", 11],
  ["smart-m", 14],
  ["smart-l", 9],
  ["unlimited", 6],
  ["senior", 6],
  ["home-100", 7],
  ["home-500", 5],
  ["classic-2019", 2],
];

const PAYER_SLOTS: Array<readonly [PayerProfile, number]> = [
  ["generous", 10],
  ["autopay", 14],
  ["regular", 26],
  ["late", 5],
  ["debtor", 5],
];

const USAGE_BY_TARIFF: Record<string, Array<readonly [UsageProfile, number]>> = {
  "smart-s": [
    ["light", 45],
    ["medium", 40],
    ["heavy", 15],
  ],
  "smart-m": [
    ["light", 25],
    ["medium", 50],
    ["heavy", 25],
  ],
  "smart-l": [
    ["light", 10],
    ["medium", 40],
    ["heavy", 50],
  ],
  unlimited: [
    ["medium", 30],
    ["heavy", 70],
  ],
  senior: [
    ["light", 85],
    ["medium", 15],
  ],
  "classic-2019": [["light", 100]],
};

const COUNTRIES: Record<RoamingZone, LocalizedName[]> = {
  europe: [
    { ru: "Италия", en: "Italy" },
    { ru: "Испания", en: "Spain" },
    { ru: "Франция", en: "France" },
    { ru: "Германия", en: "Germany" },
  ],
  cis: [
    { ru: "Казахстан", en: "Kazakhstan" },
    { ru: "Армения", en: "Armenia" },
    { ru: "Узбекистан", en: "Uzbekistan" },
    { ru: "Киргизия", en: "Kyrgyzstan" },
  ],
  world: [
    { ru: "Турция", en: "Turkey" },
    { ru: "ОАЭ", en: "UAE" },
    { ru: "Таиланд", en: "Thailand" },
    { ru: "Египет", en: "Egypt" },
  ],
};

/** How likely a subscriber is to pick an option, relative to the others. */
const OPTION_POPULARITY: Record<string, number> = {
  "messengers-unlimited": 5,
  "roaming-russia": 3,
  "caller-id": 6,
  "anti-caller-id": 2,
  music: 4,
  "parental-control": 2,
  "family-number": 3,
  antivirus: 2,
  "extra-internet-5gb": 5,
  "extra-internet-20gb": 3,
  "static-ip": 4,
  "home-tv": 5,
};

function expandSlots<T>(slots: Array<readonly [T, number]>): T[] {
  return slots.flatMap(([value, count]) => Array.from({ length: count }, () => value));
}

function takeFirst<T>(list: T[], value: T): void {
  const at = list.indexOf(value);
  if (at < 0) throw new Error(`No slot left for ${String(value)}`);
  list.splice(at, 1);
}

export function planSubscribers(rng: Random, window: HistoryWindow, catalogue: Catalogue, newId: () => string) {
  const nextName = nameGenerator(rng.fork(1));
  const nextEmail = emailFactory(rng.fork(2));
  const tariffSlots = expandSlots(TARIFF_SLOTS);
  const payerSlots = expandSlots(PAYER_SLOTS);
  takeFirst(tariffSlots, "smart-m");
  takeFirst(payerSlots, "generous");
  const tariffs = ["smart-m", ...rng.shuffle(tariffSlots)];
  const payers: PayerProfile[] = ["generous", ...rng.shuffle(payerSlots)];
  const lastDay = window.days - 1;
  const plans: SubscriberPlan[] = [];

  for (let index = 1; index <= SUBSCRIBER_COUNT; index++) {
    const r = rng.fork(100 + index);
    const tariffCode = tariffs[index - 1] ?? "smart-s";
    const payer = payers[index - 1] ?? "regular";
    const isHome = catalogue.tariffs.get(tariffCode)?.kind === "home";
    const person: PersonName =
      index === 1
        ? { sex: "female", fullName: "Иванова Анна Сергеевна", surname: "Иванова", firstName: "Анна" }
        : nextName();
    const createdAt = addDays(window.start, -r.int(45, 2200));
    createdAt.setUTCHours(r.int(9, 20), r.int(0, 59));
    const tariffSince =
      r.chance(0.3) && tariffCode !== "classic-2019"
        ? addDays(
            window.start,
            -r.int(20, Math.max(21, Math.floor((window.start.getTime() - createdAt.getTime()) / 864e5))),
          )
        : createdAt;
    const plan: SubscriberPlan = {
      index,
      id: newId(),
      accountNumber: String(100_000_000 + index),
      phone: `+7${9_000_000_000 + index}`,
      fullName: person.fullName,
      email: index === 1 ? "anna.ivanova@mail.ru" : r.chance(0.55) ? nextEmail(person) : null,
      createdAt,
      tariffCode,
      tariffSince: tariffSince < createdAt ? createdAt : tariffSince,
      usage: index === 1 ? "medium" : isHome ? "home" : r.weighted(USAGE_BY_TARIFF[tariffCode] ?? [["medium", 1]]),
      scale: index === 1 ? 1 : r.noise(0.3),
      smsScale: !isHome && index !== 1 && r.chance(0.12) ? r.int(3, 6) : 1,
      payer,
      stopPayingDay: r.int(25, 55),
      options: [],
      trip: null,
      extras: [],
    };

    const before = (from: Date) => {
      const span = Math.max(1, Math.floor((window.start.getTime() - from.getTime()) / 864e5) - 1);
      const at = addDays(from, r.int(1, span));
      at.setUTCHours(r.int(9, 21), r.int(0, 59));
      return at;
    };
    const midWindow = (day: number) => window.at(day, 12, r.int(0, 59)) ?? window.day(day);

    if (index === 1) {
      for (const code of ["caller-id", "extra-internet-5gb"]) {
        plan.options.push({
          code,
          connectedAt: before(plan.tariffSince),
          connectedDay: null,
          disconnectedAt: null,
          disconnectedDay: null,
        });
      }
      plans.push(plan);
      continue;
    }

    // Trips abroad: some buy a roaming pack the day before, others pay roaming by the minute.
    if (!isHome && r.chance(0.12)) {
      const zone = r.weighted<RoamingZone>([
        ["world", 45],
        ["europe", 30],
        ["cis", 25],
      ]);
      const fromDay = r.int(15, lastDay - 14);
      plan.trip = { fromDay, toDay: fromDay + r.int(5, 11), zone, country: r.pick(COUNTRIES[zone]) };
      const pack = [...catalogue.options.values()].find((o) => o.roamingZone === zone);
      if (pack && r.chance(0.65) && catalogue.isCompatible(pack.code, tariffCode)) {
        const leaveDay = plan.trip.toDay + 1;
        const leaves = r.chance(0.5) && leaveDay <= lastDay - 1;
        plan.options.push({
          code: pack.code,
          connectedDay: fromDay - 1,
          connectedAt: midWindow(fromDay - 1),
          disconnectedDay: leaves ? leaveDay : null,
          disconnectedAt: leaves ? midWindow(leaveDay) : null,
        });
      }
    }

    // Everyday options: 0–3, compatible, not already in the tariff, one per exclusive group.
    const count = r.weighted([
      [0, 25],
      [1, 35],
      [2, 25],
      [3, 15],
    ] as const);
    const groups = new Set(plan.options.map((o) => catalogue.options.get(o.code)?.exclusiveGroup).filter(Boolean));
    const candidates = [...catalogue.options.values()].filter(
      (o) => !o.roamingZone && catalogue.isCompatible(o.code, tariffCode) && !catalogue.isIncluded(o.code, tariffCode),
    );
    for (let n = 0; n < count; n++) {
      const pool = candidates.filter(
        (o) => !plan.options.some((p) => p.code === o.code) && !(o.exclusiveGroup && groups.has(o.exclusiveGroup)),
      );
      if (pool.length === 0) break;
      const option = r.weighted(pool.map((o) => [o, OPTION_POPULARITY[o.code] ?? 1] as const));
      if (option.exclusiveGroup) groups.add(option.exclusiveGroup);
      const late = r.chance(0.3);
      const day = r.int(3, lastDay - 5);
      plan.options.push({
        code: option.code,
        connectedDay: late ? day : null,
        connectedAt: late ? midWindow(day) : before(plan.tariffSince),
        disconnectedAt: null,
        disconnectedDay: null,
      });
    }

    // A few change their mind: upgrade the internet pack, or drop an option.
    const pack5 = plan.options.find((o) => o.code === "extra-internet-5gb" && o.connectedDay === null);
    if (pack5 && catalogue.isCompatible("extra-internet-20gb", tariffCode) && r.chance(0.5)) {
      const day = r.int(30, 60);
      pack5.disconnectedDay = day;
      pack5.disconnectedAt = midWindow(day);
      plan.options.push({
        code: "extra-internet-20gb",
        connectedDay: day,
        connectedAt: pack5.disconnectedAt,
        disconnectedAt: null,
        disconnectedDay: null,
      });
    } else {
      const dropped = plan.options.find(
        (o) => o.connectedDay === null && !catalogue.options.get(o.code)?.exclusiveGroup,
      );
      if (dropped && r.chance(0.12)) {
        dropped.disconnectedDay = r.int(20, lastDay - 3);
        dropped.disconnectedAt = midWindow(dropped.disconnectedDay);
      }
    }

    // Rare one-off ledger events: goodwill compensation, promo bonus, a correction, a refund.
    if (r.chance(0.15)) {
      plan.extras.push({
        day: r.int(35, lastDay - 2),
        kind: r.weighted<ExtraKind>([
          ["compensation", 3],
          ["promo", 2],
          ["correction", 2],
          ["refund", 4],
        ]),
      });
    }
    plans.push(plan);
  }
  return plans;
}
