import type { MessageKey } from "@/i18n/translator";
import { CATALOGUE_LIMITS } from "@/server/domain/catalogue/catalogue-limits";

/** What to tell the administrator about a refused field of a tariff or option form. */
export function fieldProblem(field: string, code: string | null): { key: MessageKey; params?: Record<string, number> } {
  if (code === "CODE_TAKEN") return { key: "errors.CODE_TAKEN" };
  if (code === "OPTION_INCLUDED_BUT_INCOMPATIBLE") return { key: "errors.OPTION_INCLUDED_BUT_INCOMPATIBLE" };
  switch (field) {
    case "name":
    case "nameEn":
      return { key: "catalogue.invalid.text", params: { max: CATALOGUE_LIMITS.name } };
    case "description":
    case "descriptionEn":
      return { key: "catalogue.invalid.text", params: { max: CATALOGUE_LIMITS.description } };
    case "code":
      return { key: "catalogue.invalid.code" };
    case "monthlyFee":
    case "connectionFee":
      return { key: "catalogue.invalid.money" };
    case "includedMb":
      return { key: "catalogue.invalid.gb" };
    case "feeEffectiveFrom":
      return { key: "catalogue.invalid.feeEffectiveFrom" };
    case "exclusiveGroup":
      return { key: "catalogue.invalid.group" };
    case "compatibleTariffIds":
    case "includedInTariffIds":
      return { key: "catalogue.invalid.tariffs" };
    default:
      return { key: "catalogue.invalid.count" };
  }
}
