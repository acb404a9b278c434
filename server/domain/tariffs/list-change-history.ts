import type { Db } from "@/server/db-client";

/** Applied tariff and option changes, newest first, with names and who made them. */
export async function listChangeHistory(db: Db, accountId: string, opts: { take: number; skip: number }) {
  const [changes, total] = await Promise.all([
    db.changeRequest.findMany({
      where: { accountId, status: "APPLIED" },
      orderBy: { createdAt: "desc" },
      take: opts.take,
      skip: opts.skip,
    }),
    db.changeRequest.count({ where: { accountId, status: "APPLIED" } }),
  ]);
  const tariffIds = changes.flatMap((c) => [c.fromTariffId, c.toTariffId]).filter((id): id is string => !!id);
  const optionIds = changes.map((c) => c.optionId).filter((id): id is string => !!id);
  const [tariffs, options] = await Promise.all([
    db.tariff.findMany({ where: { id: { in: tariffIds } }, select: { id: true, name: true, nameEn: true } }),
    db.option.findMany({ where: { id: { in: optionIds } }, select: { id: true, name: true, nameEn: true } }),
  ]);
  const names = new Map([...tariffs, ...options].map((n) => [n.id, { name: n.name, nameEn: n.nameEn }]));
  const named = (id: string | null) => (id ? (names.get(id) ?? null) : null);
  return {
    total,
    items: changes.map((c) => ({
      id: c.id,
      kind: c.kind,
      createdAt: c.createdAt,
      chargedAmount: c.chargedAmount,
      byOperator: c.actorStaffId !== null,
      fromTariff: named(c.fromTariffId),
      toTariff: named(c.toTariffId),
      option: named(c.optionId),
    })),
  };
}
