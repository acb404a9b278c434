import type { Db } from "@/server/db-client";

/**
 * Tariffs and options for the audience and offer fields. Archived tariffs stay listed: subscribers can still be on
 * them, so an audience may name them; only current ones can be offered (checked on save).
 */
export async function listBannerChoices(db: Db) {
  const select = { id: true, name: true, nameEn: true, isArchived: true } as const;
  const orderBy = [{ isArchived: "asc" as const }, { sortOrder: "asc" as const }, { name: "asc" as const }];
  const [tariffs, options] = await Promise.all([
    db.tariff.findMany({ select, orderBy }),
    db.option.findMany({ select, orderBy }),
  ]);
  return { tariffs, options };
}

export type BannerChoices = Awaited<ReturnType<typeof listBannerChoices>>;
