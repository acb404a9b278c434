import type { Db } from "@/server/db-client";
import type { Locale } from "@/i18n/locales";

/** Quick replies for the composer's `/shortcut`, in the operator's language where a translation exists. */
export async function listCannedResponses(db: Db, locale: Locale) {
  const rows = await db.cannedResponse.findMany({
    orderBy: { shortcut: "asc" },
    select: { id: true, shortcut: true, text: true, textEn: true },
  });
  return rows.map((r) => ({ id: r.id, shortcut: r.shortcut, text: locale === "en" && r.textEn ? r.textEn : r.text }));
}
