import type { Db } from "@/server/db-client";
import type { Locale } from "@/i18n/locales";
import { AppError } from "@/server/domain/errors";
import { feeInForce } from "@/server/domain/billing/tariff-fee-on";
import { MAX_HELP_QUERY_LENGTH } from "@/server/domain/help/help-query";

const LIMIT = 5;

/** Ids of tariffs or options whose name or description matches any word (stemmed) or whose name contains the query. */
async function matchIds(db: Db, table: "Tariff" | "Option", query: string, locale: Locale): Promise<string[]> {
  const config = locale === "en" ? "english" : "russian";
  const words = (query.match(/[\p{L}\p{N}]+/gu) ?? []).join(" or ");
  const like = `%${query.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  // Table names cannot be parameters: two fixed statements instead of one built from strings.
  const rows =
    table === "Tariff"
      ? await db.$queryRaw<Array<{ id: string }>>`
          SELECT id FROM "Tariff"
          WHERE to_tsvector(${config}::regconfig, name || ' ' || "nameEn" || ' ' || description || ' ' || "descriptionEn")
                @@ websearch_to_tsquery(${config}::regconfig, ${words})
             OR name ILIKE ${like} OR "nameEn" ILIKE ${like} OR code ILIKE ${like}
          ORDER BY "isArchived", "sortOrder" LIMIT ${LIMIT}`
      : await db.$queryRaw<Array<{ id: string }>>`
          SELECT id FROM "Option"
          WHERE to_tsvector(${config}::regconfig, name || ' ' || "nameEn" || ' ' || description || ' ' || "descriptionEn")
                @@ websearch_to_tsquery(${config}::regconfig, ${words})
             OR name ILIKE ${like} OR "nameEn" ILIKE ${like} OR code ILIKE ${like}
          ORDER BY "isArchived", "sortOrder" LIMIT ${LIMIT}`;
  return rows.map((r) => r.id);
}

/**
 * The catalogue as an operator needs it in a chat: tariffs and options matching the words, each with the
 * fee in force now (and a scheduled change), allowances, and for options which tariffs they work with or
 * come included in.
 */
export async function searchCatalogue(db: Db, input: { query: string; locale: Locale }, now = new Date()) {
  const query = input.query.trim();
  if (query.length > MAX_HELP_QUERY_LENGTH) throw new AppError("INVALID_INPUT", { field: "query" });
  if (!query) return { tariffs: [], options: [] };
  const [tariffIds, optionIds] = await Promise.all([
    matchIds(db, "Tariff", query, input.locale),
    matchIds(db, "Option", query, input.locale),
  ]);
  const en = input.locale === "en";
  const name = (item: { name: string; nameEn: string }) => (en ? item.nameEn : item.name);
  const [tariffs, options] = await Promise.all([
    db.tariff.findMany({
      where: { id: { in: tariffIds } },
      orderBy: [{ isArchived: "asc" }, { sortOrder: "asc" }],
      include: { prices: { select: { monthlyFee: true, effectiveFrom: true }, orderBy: { effectiveFrom: "asc" } } },
    }),
    db.option.findMany({
      where: { id: { in: optionIds } },
      orderBy: [{ isArchived: "asc" }, { sortOrder: "asc" }],
      include: {
        compatibleTariffs: { select: { tariff: { select: { name: true, nameEn: true } } } },
        includedInTariffs: { select: { tariff: { select: { name: true, nameEn: true } } } },
      },
    }),
  ]);
  return {
    tariffs: tariffs.map((t) => {
      const next = t.prices.find((p) => p.effectiveFrom.getTime() > now.getTime()) ?? null;
      return {
        id: t.id,
        name: name(t),
        monthlyFee: feeInForce(t, now),
        nextFee: next ? { monthlyFee: next.monthlyFee, effectiveFrom: next.effectiveFrom } : null,
        includedMinutes: t.includedMinutes,
        includedMb: t.includedMb,
        includedSms: t.includedSms,
        isArchived: t.isArchived,
      };
    }),
    options: options.map((o) => ({
      id: o.id,
      name: name(o),
      connectionFee: o.connectionFee,
      monthlyFee: o.monthlyFee,
      exclusiveGroup: o.exclusiveGroup,
      isArchived: o.isArchived,
      /** Empty: every tariff. */
      compatibleTariffs: o.compatibleTariffs.map((c) => name(c.tariff)),
      includedInTariffs: o.includedInTariffs.map((c) => name(c.tariff)),
    })),
  };
}

export type CatalogueSearchResult = Awaited<ReturnType<typeof searchCatalogue>>;
