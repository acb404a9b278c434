import type { Tx } from "@/server/domain/account/with-account-lock";
import { AppError } from "@/server/domain/errors";

/**
 * The compatibility matrix holds together: an option included in a tariff must work with it (an empty
 * compatibility list means every tariff), and every tariff named exists.
 */
export async function checkOptionMatrix(
  tx: Tx,
  lists: { compatibleTariffIds: string[]; includedInTariffIds: string[] },
) {
  const { compatibleTariffIds, includedInTariffIds } = lists;
  if (compatibleTariffIds.length > 0 && includedInTariffIds.some((id) => !compatibleTariffIds.includes(id))) {
    throw new AppError("OPTION_INCLUDED_BUT_INCOMPATIBLE", { field: "includedInTariffIds" });
  }
  const named = [...new Set([...compatibleTariffIds, ...includedInTariffIds])];
  const found = await tx.tariff.count({ where: { id: { in: named } } });
  if (found !== named.length) throw new AppError("NOT_FOUND", { field: "compatibleTariffIds" });
}

/** Replaces an option's compatibility and inclusion rows with the lists given. */
export async function writeOptionMatrix(
  tx: Tx,
  optionId: string,
  lists: { compatibleTariffIds: string[]; includedInTariffIds: string[] },
) {
  await tx.optionCompatibility.deleteMany({ where: { optionId } });
  await tx.tariffIncludedOption.deleteMany({ where: { optionId } });
  await tx.optionCompatibility.createMany({
    data: lists.compatibleTariffIds.map((tariffId) => ({ optionId, tariffId })),
  });
  await tx.tariffIncludedOption.createMany({
    data: lists.includedInTariffIds.map((tariffId) => ({ optionId, tariffId })),
  });
}

/** An option's lists as stored. */
export async function readOptionMatrix(tx: Tx, optionId: string) {
  const [compatible, included] = await Promise.all([
    tx.optionCompatibility.findMany({ where: { optionId }, select: { tariffId: true } }),
    tx.tariffIncludedOption.findMany({ where: { optionId }, select: { tariffId: true } }),
  ]);
  return {
    compatibleTariffIds: compatible.map((c) => c.tariffId),
    includedInTariffIds: included.map((c) => c.tariffId),
  };
}
