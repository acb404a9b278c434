import type { Tx } from "@/server/domain/account/with-account-lock";
import type { ChangeRequest } from "@/server/generated/prisma/client";
import { raiseNotice, type RaisedNotice } from "./raise-notice";

export type Named = { name: string; nameEn: string };

/**
 * The subscriber's confirmation of an applied tariff or option change (by SMS/e-mail as they chose and in the
 * portal), raised in the change's own transaction: a change that rolls back confirms nothing.
 */
export async function confirmChange(tx: Tx, change: ChangeRequest): Promise<void> {
  const [named] =
    change.kind === "TARIFF_CHANGE" && change.toTariffId
      ? await tx.$queryRaw<Named[]>`SELECT "name", "nameEn" FROM "Tariff" WHERE "id" = ${change.toTariffId}`
      : change.optionId
        ? await tx.$queryRaw<Named[]>`SELECT "name", "nameEn" FROM "Option" WHERE "id" = ${change.optionId}`
        : [];
  if (!named) return;
  await raiseNotice(tx, confirmationNotice(change, named));
}

/** The notice confirming `change` of the tariff or option `named`: once per change. */
export function confirmationNotice(change: ChangeRequest, named: Named): RaisedNotice<"CHANGE_CONFIRMED"> {
  return {
    accountId: change.accountId,
    kind: "CHANGE_CONFIRMED",
    dedupeKey: `change:${change.id}`,
    params: { change: change.kind, name: named.name, nameEn: named.nameEn, charged: change.chargedAmount },
    now: change.createdAt,
  };
}
