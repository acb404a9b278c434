import type { Db } from "@/server/db-client";
import type { StaffPrincipal } from "@/server/auth/principal";
import { AppError } from "@/server/domain/errors";
import { isUniqueViolation } from "@/server/domain/unique-violation";
import { writeChangeAudit } from "@/server/domain/audit/write-audit-entry";
import { parseStaffInput } from "@/server/domain/staff/staff-profile";
import { newOptionSchema, optionUpdateSchema, type NewOptionInput, type OptionUpdateInput } from "./catalogue-input";
import { optionSnapshot } from "./catalogue-snapshots";
import { checkOptionMatrix, readOptionMatrix, writeOptionMatrix } from "./option-matrix";
import { assertVersionClaimed } from "@/server/domain/version-check";

/** A new option, open for connection at once. */
export async function createOption(db: Db, actor: StaffPrincipal, input: NewOptionInput) {
  const { compatibleTariffIds, includedInTariffIds, ...option } = parseStaffInput(newOptionSchema, input);
  const lists = { compatibleTariffIds, includedInTariffIds };
  try {
    return await db.$transaction(async (tx) => {
      await checkOptionMatrix(tx, lists);
      const last = await tx.option.aggregate({ _max: { sortOrder: true } });
      const created = await tx.option.create({ data: { ...option, sortOrder: (last._max.sortOrder ?? 0) + 1 } });
      await writeOptionMatrix(tx, created.id, lists);
      await writeChangeAudit(tx, {
        actor,
        action: "catalogue.option.create",
        entityType: "Option",
        entityId: created.id,
        before: null,
        after: optionSnapshot(created, lists),
      });
      return { id: created.id, version: created.version };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("CODE_TAKEN", { field: "code" });
    throw error;
  }
}

/**
 * Saves every field of an option with its lists. Fees apply from the next charge on (options are charged
 * on the 1st); refused with VERSION_CONFLICT when someone saved since the form was opened.
 */
export async function updateOption(db: Db, actor: StaffPrincipal, input: OptionUpdateInput) {
  const { optionId, version, compatibleTariffIds, includedInTariffIds, ...fields } = parseStaffInput(
    optionUpdateSchema,
    input,
  );
  const lists = { compatibleTariffIds, includedInTariffIds };
  return db.$transaction(async (tx) => {
    const before = await tx.option.findUnique({ where: { id: optionId } });
    if (!before) throw new AppError("NOT_FOUND");
    await checkOptionMatrix(tx, lists);
    const beforeLists = await readOptionMatrix(tx, optionId);
    const claimed = await tx.option.updateMany({
      where: { id: optionId, version },
      data: { ...fields, version: { increment: 1 } },
    });
    assertVersionClaimed(claimed);
    await writeOptionMatrix(tx, optionId, lists);
    const after = await tx.option.findUniqueOrThrow({ where: { id: optionId } });
    await writeChangeAudit(tx, {
      actor,
      action: "catalogue.option.update",
      entityType: "Option",
      entityId: optionId,
      before: optionSnapshot(before, beforeLists),
      after: optionSnapshot(after, lists),
    });
    return { id: optionId, version: after.version };
  });
}
