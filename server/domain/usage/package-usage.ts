// What is left of a month's package: the tariff's allowances plus what connected options add, against the
// month's daily usage. Pure: shared with the browser (eslint.config.mjs sharedRules).

export type PackageResource = "minutes" | "mb" | "sms";
export const PACKAGE_RESOURCES: readonly PackageResource[] = ["minutes", "mb", "sms"];

/** The catalogue stores "unlimited internet" as a terabyte or more. */
export const UNLIMITED_MB = 1024 * 1024;

/** A notice is raised when a part of the package crosses these shares (percent), once per month each. */
export const PACKAGE_NOTICE_THRESHOLDS = [80, 100] as const;

export type Amounts = Record<PackageResource, number>;

export interface PackagePart {
  resource: PackageResource;
  used: number;
  /** Null: unlimited. */
  allowance: number | null;
  /** What remains (never below zero); null when unlimited. */
  left: number | null;
  /** Whole percent used (may pass 100 when usage went beyond the package); null when unlimited. */
  percent: number | null;
}

/** The parts the package has: a resource with no allowance at all (calls on home internet) is not shown. */
export function packageParts(allowance: Amounts, used: Amounts): PackagePart[] {
  return PACKAGE_RESOURCES.filter((resource) => allowance[resource] > 0).map((resource) => {
    const total = allowance[resource];
    if (resource === "mb" && total >= UNLIMITED_MB)
      return { resource, used: used[resource], allowance: null, left: null, percent: null };
    return {
      resource,
      used: used[resource],
      allowance: total,
      left: Math.max(0, total - used[resource]),
      percent: Math.floor((used[resource] * 100) / total),
    };
  });
}

/** The highest notice threshold a part has reached, or null below the first. */
export function reachedThreshold(percent: number | null): (typeof PACKAGE_NOTICE_THRESHOLDS)[number] | null {
  if (percent === null) return null;
  return PACKAGE_NOTICE_THRESHOLDS.filter((threshold) => percent >= threshold).at(-1) ?? null;
}
