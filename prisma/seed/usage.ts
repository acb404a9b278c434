// One day of a subscriber's usage: minutes, megabytes and SMS, by profile, weekday and chance.
import type { UsageProfile } from "./people";
import type { Random } from "./random";

export interface DayUsage {
  minutes: number;
  mb: number;
  sms: number;
}

/** Typical weekday usage per profile. */
const TYPICAL: Record<UsageProfile, DayUsage> = {
  light: { minutes: 9, mb: 120, sms: 1 },
  medium: { minutes: 15, mb: 420, sms: 1.5 },
  heavy: { minutes: 20, mb: 1100, sms: 2 },
  home: { minutes: 0, mb: 5200, sms: 0 },
};

export interface DayContext {
  weekend: boolean;
  /** Share of the day already passed (today is partial). */
  share: number;
  blocked: boolean;
  abroad: boolean;
}

export function dayUsage(
  profile: UsageProfile,
  scale: number,
  smsScale: number,
  rng: Random,
  ctx: DayContext,
): DayUsage {
  if (ctx.blocked || ctx.share <= 0) return { minutes: 0, mb: 0, sms: 0 };
  const typical = TYPICAL[profile];
  const home = profile === "home";
  const quiet = rng.chance(0.05) ? 0.15 : 1;
  const callFactor = (ctx.weekend ? 0.7 : 1) * (ctx.abroad ? 0.4 : 1);
  const dataFactor = (ctx.weekend ? (home ? 1.4 : 1.25) : 1) * (ctx.abroad ? 0.6 : 1);
  const base = scale * quiet * ctx.share;
  return {
    minutes: Math.round(typical.minutes * callFactor * base * rng.noise(0.6)),
    mb: Math.round(typical.mb * dataFactor * base * rng.noise(0.5)),
    sms: Math.floor(typical.sms * smsScale * base * rng.noise(0.8) + rng.float() * 0.8),
  };
}
