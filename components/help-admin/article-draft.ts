import { TRPCClientError } from "@trpc/client";
import type { ArticleField } from "@/server/domain/help/article-input";
import { ARTICLE_LIMITS, SLUG_PATTERN } from "@/server/domain/help/article-limits";
import { isHelpCategory, type HelpCategory } from "@/server/domain/help/categories";
import type { MessageKey } from "@/i18n/translator";

export interface ArticleDraft {
  slug: string;
  category: HelpCategory | "";
  title: string;
  titleEn: string;
  body: string;
  bodyEn: string;
  isPublished: boolean;
}

export const EMPTY_DRAFT: ArticleDraft = {
  slug: "",
  category: "",
  title: "",
  titleEn: "",
  body: "",
  bodyEn: "",
  isPublished: false,
};

const FIELDS: ArticleField[] = ["slug", "category", "title", "titleEn", "body", "bodyEn", "isPublished"];
const LANGUAGE_OF: Partial<Record<ArticleField, "ru" | "en">> = {
  title: "ru",
  body: "ru",
  titleEn: "en",
  bodyEn: "en",
};

/** The language tab to show after a refusal: the current one if it holds a bad field, else that of the first. */
export function languageToShow(bad: ArticleField[], current: "ru" | "en"): "ru" | "en" {
  const languages = bad.map((f) => LANGUAGE_OF[f]).filter((l) => l !== undefined);
  return languages.length === 0 || languages.includes(current) ? current : languages[0]!;
}

/** The fields the browser can already tell are wrong, in form order (the server checks them again). */
export function checkDraft(d: ArticleDraft): ArticleField[] {
  const bad: ArticleField[] = [];
  if (!SLUG_PATTERN.test(d.slug.trim().toLowerCase()) || d.slug.trim().length > ARTICLE_LIMITS.slug) bad.push("slug");
  if (!isHelpCategory(d.category)) bad.push("category");
  for (const field of ["title", "titleEn"] as const)
    if (!d[field].trim() || d[field].trim().length > ARTICLE_LIMITS.title) bad.push(field);
  for (const field of ["body", "bodyEn"] as const)
    if (!d[field].trim() || d[field].trim().length > ARTICLE_LIMITS.body) bad.push(field);
  return bad;
}

/** The fields a server refusal names (zod's field errors, or a domain error's field). */
export function refusedFields(error: unknown): ArticleField[] {
  if (!(error instanceof TRPCClientError)) return [];
  const data = error.data as
    { fieldErrors?: Array<{ path: string }> | null; details?: { field?: string } | null } | undefined;
  const named = [...(data?.fieldErrors?.map((f) => f.path) ?? []), data?.details?.field ?? ""];
  return FIELDS.filter((f) => named.includes(f));
}

/** What to tell the editor about a bad field. */
export function fieldProblem(field: ArticleField): { key: MessageKey; params?: Record<string, number> } {
  if (field === "slug") return { key: "helpAdmin.problem.slug", params: { max: ARTICLE_LIMITS.slug } };
  if (field === "category") return { key: "helpAdmin.problem.category" };
  const max = field === "body" || field === "bodyEn" ? ARTICLE_LIMITS.body : ARTICLE_LIMITS.title;
  return { key: "helpAdmin.problem.text", params: { max } };
}
