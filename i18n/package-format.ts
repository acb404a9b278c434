import type { Translate } from "./translator";

/** An amount of a package part as people read it: "45 мин", "2,5 ГБ" (megabytes shown as gigabytes), "12 SMS". */
export function formatPackageAmount(t: Translate, resource: "minutes" | "mb" | "sms", amount: number): string {
  if (resource === "mb") return t("tariffs.gb", { count: Math.round((amount / 1024) * 10) / 10 });
  return t(resource === "minutes" ? "tariffs.minutes" : "tariffs.sms", { count: amount });
}
