import type { Tariff, Option } from "@/server/generated/prisma/client";

/** What the audit keeps of a tariff: every field an administrator edits. */
export function tariffSnapshot(t: Tariff) {
  return {
    code: t.code,
    name: t.name,
    nameEn: t.nameEn,
    description: t.description,
    descriptionEn: t.descriptionEn,
    monthlyFee: t.monthlyFee,
    includedMinutes: t.includedMinutes,
    includedMb: t.includedMb,
    includedSms: t.includedSms,
    isArchived: t.isArchived,
    version: t.version,
  };
}

/** What the audit keeps of an option, its compatibility and inclusion lists included. */
export function optionSnapshot(o: Option, lists: { compatibleTariffIds: string[]; includedInTariffIds: string[] }) {
  return {
    code: o.code,
    name: o.name,
    nameEn: o.nameEn,
    description: o.description,
    descriptionEn: o.descriptionEn,
    connectionFee: o.connectionFee,
    monthlyFee: o.monthlyFee,
    extraMinutes: o.extraMinutes,
    extraMb: o.extraMb,
    extraSms: o.extraSms,
    exclusiveGroup: o.exclusiveGroup,
    isArchived: o.isArchived,
    version: o.version,
    compatibleTariffIds: [...lists.compatibleTariffIds].sort(),
    includedInTariffIds: [...lists.includedInTariffIds].sort(),
  };
}
