import type { Db } from "@/server/db-client";
import type { StaffPrincipal } from "@/server/auth/principal";
import type { Prisma } from "@/server/generated/prisma/client";
import { AppError } from "@/server/domain/errors";
import { isUniqueViolation } from "@/server/domain/unique-violation";
import { writeAuditEntry } from "@/server/domain/audit/write-audit-entry";
import { parseStaffInput } from "@/server/domain/staff/staff-profile";
import { assertVersionClaimed } from "@/server/domain/version-check";
import {
  articleFieldsSchema,
  articleSnapshot,
  articleUpdateSchema,
  type ArticleFields,
  type ArticleFieldsInput,
  type ArticleUpdateInput,
} from "./article-input";

type Tx = Prisma.TransactionClient;

/** A slug is one article's for good: its current one, or one it had (which redirects to it). */
async function checkSlugFree(tx: Tx, slug: string, articleId: string | null) {
  const [current, old] = await Promise.all([
    tx.helpArticle.findUnique({ where: { slug }, select: { id: true } }),
    tx.helpArticleOldSlug.findUnique({ where: { slug }, select: { articleId: true } }),
  ]);
  if ((current && current.id !== articleId) || (old && old.articleId !== articleId)) throw new AppError("SLUG_TAKEN");
}

async function recordVersion(tx: Tx, articleId: string, version: number, fields: ArticleFields, actor: StaffPrincipal) {
  await tx.helpArticleVersion.create({
    data: { articleId, version, ...articleSnapshot(fields), authorStaffId: actor.staffId },
  });
}

/** Unique violations that slip past the check (two editors taking one slug at once) are the same refusal. */
async function slugSafe<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("SLUG_TAKEN");
    throw error;
  }
}

export async function createHelpArticle(db: Db, actor: StaffPrincipal, input: ArticleFieldsInput) {
  const fields = parseStaffInput(articleFieldsSchema, input);
  return slugSafe(() =>
    db.$transaction(async (tx) => {
      await checkSlugFree(tx, fields.slug, null);
      const article = await tx.helpArticle.create({ data: { ...fields, version: 1 } });
      await recordVersion(tx, article.id, 1, fields, actor);
      await writeAuditEntry(tx, {
        actor,
        action: "helpArticle.create",
        entityType: "HelpArticle",
        entityId: article.id,
        details: { before: null, after: articleSnapshot(fields) },
      });
      return { id: article.id, version: 1 };
    }),
  );
}

/**
 * Saves every field over the version the editor started from; a save over a newer version is refused
 * (VERSION_CONFLICT), never merged. A changed slug keeps the old one as a permanent redirect.
 */
export async function updateHelpArticle(
  db: Db,
  actor: StaffPrincipal,
  input: ArticleUpdateInput,
  action = "helpArticle.update",
) {
  const { articleId, version, ...fields } = parseStaffInput(articleUpdateSchema, input);
  return slugSafe(() =>
    db.$transaction(async (tx) => {
      const before = await tx.helpArticle.findUnique({ where: { id: articleId } });
      if (!before) throw new AppError("NOT_FOUND");
      if (before.version !== version) throw new AppError("VERSION_CONFLICT");
      if (fields.slug !== before.slug) {
        await checkSlugFree(tx, fields.slug, articleId);
        await tx.helpArticleOldSlug.deleteMany({ where: { slug: fields.slug, articleId } });
        await tx.helpArticleOldSlug.create({ data: { slug: before.slug, articleId } });
      }
      // Conditional on the version, so of two saves racing from one version exactly one lands (PostgreSQL too).
      const next = version + 1;
      const moved = await tx.helpArticle.updateMany({
        where: { id: articleId, version },
        data: { ...fields, version: next },
      });
      assertVersionClaimed(moved);
      await recordVersion(tx, articleId, next, fields, actor);
      await writeAuditEntry(tx, {
        actor,
        action,
        entityType: "HelpArticle",
        entityId: articleId,
        details: {
          before: articleSnapshot(before as ArticleFields),
          after: articleSnapshot(fields),
          version: next,
        },
      });
      return { id: articleId, version: next };
    }),
  );
}
