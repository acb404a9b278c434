import type { Db } from "@/server/db-client";

export const CATALOGUE_CHANGES_SHOWN = 30;

/** What happened to the record in one audited change, in the catalogue's words. */
export type CatalogueChangeKind = "create" | "update" | "archive" | "open" | "feeStarted";

/** A field whose value differs between the audit's before and after; the values as the audit stored them. */
export interface ChangedField {
  field: string;
  before: unknown;
  after: unknown;
}

export interface CatalogueChange {
  id: string;
  at: Date;
  /** The staff member's name; null when the system did it (a scheduled fee coming into force). */
  who: string | null;
  kind: CatalogueChangeKind;
  fields: ChangedField[];
}

const KINDS: readonly CatalogueChangeKind[] = ["create", "update", "archive", "open", "feeStarted"];
// The version is bookkeeping, not something an administrator changed.
const NOT_SHOWN = new Set(["version"]);

function snapshot(value: unknown): Record<string, unknown> {
  return value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

/** The fields that differ; for a created record, every field it was created with. */
export function changedFields(before: unknown, after: unknown): ChangedField[] {
  const was = snapshot(before);
  const now = snapshot(after);
  return Object.keys(now)
    .filter(
      (field) => !NOT_SHOWN.has(field) && JSON.stringify(was[field] ?? null) !== JSON.stringify(now[field] ?? null),
    )
    .map((field) => ({ field, before: was[field] ?? null, after: now[field] ?? null }));
}

/** The newest changes of one tariff or option, from the audit log: who, when, what, before and after. */
export async function listCatalogueChanges(db: Db, kind: "tariff" | "option", id: string): Promise<CatalogueChange[]> {
  const rows = await db.auditLogEntry.findMany({
    where: {
      entityType: kind === "tariff" ? "Tariff" : "Option",
      entityId: id,
      action: { startsWith: `catalogue.${kind}.` },
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: CATALOGUE_CHANGES_SHOWN,
    select: { id: true, createdAt: true, action: true, details: true, actorStaff: { select: { fullName: true } } },
  });
  return rows.flatMap((row) => {
    const action = row.action.slice(`catalogue.${kind}.`.length) as CatalogueChangeKind;
    if (!KINDS.includes(action)) return [];
    const details = snapshot(row.details);
    return [
      {
        id: row.id,
        at: row.createdAt,
        who: row.actorStaff?.fullName ?? null,
        kind: action,
        fields: changedFields(details.before, details.after),
      },
    ];
  });
}
