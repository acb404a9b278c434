import { z } from "zod";
import { helpCategories } from "./categories";
import { ARTICLE_LIMITS, SLUG_PATTERN } from "./article-limits";

const text = (max: number) => z.string().trim().min(1).max(max);

/** An article as the editor sends it: both languages, Markdown bodies, draft or published. */
export const articleFieldsSchema = z.object({
  slug: z.string().trim().toLowerCase().min(1).max(ARTICLE_LIMITS.slug).regex(SLUG_PATTERN),
  category: z.enum(helpCategories),
  title: text(ARTICLE_LIMITS.title),
  titleEn: text(ARTICLE_LIMITS.title),
  body: text(ARTICLE_LIMITS.body),
  bodyEn: text(ARTICLE_LIMITS.body),
  isPublished: z.boolean(),
});

export type ArticleFields = z.output<typeof articleFieldsSchema>;
export type ArticleFieldsInput = z.input<typeof articleFieldsSchema>;
export type ArticleField = keyof ArticleFields;

export const articleUpdateSchema = articleFieldsSchema.extend({
  articleId: z.string().min(1).max(64),
  /** The version the editor started from: a save over a newer one is refused. */
  version: z.number().int().min(1),
});
export type ArticleUpdateInput = z.input<typeof articleUpdateSchema>;

/** The fields an article's history and audit keep. */
export function articleSnapshot(a: ArticleFields) {
  return {
    slug: a.slug,
    category: a.category,
    title: a.title,
    titleEn: a.titleEn,
    body: a.body,
    bodyEn: a.bodyEn,
    isPublished: a.isPublished,
  };
}
