/** What the rules need to know about an option. */
export interface OptionRules {
  id: string;
  code: string;
  exclusiveGroup: string | null;
  /** Tariffs it works with; empty means every tariff. */
  compatibleTariffIds: string[];
  isArchived: boolean;
}

export function isCompatibleWithTariff(option: OptionRules, tariffId: string): boolean {
  return option.compatibleTariffIds.length === 0 || option.compatibleTariffIds.includes(tariffId);
}

/** Active options that share the exclusive group of `option` (only one of a group may be on). */
export function conflictingOptions<T extends OptionRules>(option: OptionRules, active: T[]): T[] {
  if (!option.exclusiveGroup) return [];
  return active.filter((o) => o.id !== option.id && o.exclusiveGroup === option.exclusiveGroup);
}
