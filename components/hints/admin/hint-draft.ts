import { TRPCClientError } from "@trpc/client";
import type { HintForEditing } from "@/server/domain/hints/list-hints";
import type { HintInput } from "@/server/domain/hints/hint-input";

export interface HintDraft {
  text: string;
  textEn: string;
  pages: string[];
  condition: string;
  failedAction: string;
  priority: string;
  linkKind: "none" | "chat" | "article";
  articleId: string;
}

export type HintField = "text" | "textEn" | "pages" | "condition" | "failedAction" | "priority" | "link";
const fields: HintField[] = ["text", "textEn", "pages", "condition", "failedAction", "priority", "link"];

export function hintDraft(hint: HintForEditing | null): HintDraft {
  return {
    text: hint?.text ?? "",
    textEn: hint?.textEn ?? "",
    pages: hint?.pages ?? [],
    condition: hint?.condition ?? "",
    failedAction: hint?.failedAction ?? "",
    priority: String(hint?.priority ?? 0),
    linkKind: hint?.articleId ? "article" : hint?.opensChat ? "chat" : "none",
    articleId: hint?.articleId ?? "",
  };
}

/** What decides who sees the hint, as the preview and the save send it. */
export function targetingFrom(draft: HintDraft) {
  return {
    pages: draft.pages,
    condition: draft.condition || null,
    failedAction: draft.failedAction || null,
    // A half-typed priority previews as 0 and is refused on save.
    priority: /^\d+$/.test(draft.priority) ? Number(draft.priority) : -1,
  } as Pick<HintInput, "pages" | "condition" | "failedAction" | "priority">;
}

export function hintInputFrom(draft: HintDraft): HintInput {
  const link =
    draft.linkKind === "article" ? { kind: "article" as const, articleId: draft.articleId } : { kind: draft.linkKind };
  return { ...targetingFrom(draft), text: draft.text, textEn: draft.textEn, link };
}

/**
 * The fields the server refused, each with the zod issue code ("custom" for a rule across fields),
 * from the issues of the API or the domain's one named field.
 */
export function refusedFields(error: unknown): Partial<Record<HintField, string>> {
  if (!(error instanceof TRPCClientError)) return {};
  const data = error.data as
    { fieldErrors?: Array<{ path: string; code: string }> | null; details?: { field?: string } | null } | undefined;
  const refused: Partial<Record<HintField, string>> = {};
  for (const issue of data?.fieldErrors ?? []) {
    const field = issue.path.split(".")[0] as HintField;
    if (fields.includes(field) && !refused[field]) refused[field] = issue.code;
  }
  const named = data?.details?.field as HintField | undefined;
  if (named && fields.includes(named)) refused[named] ??= "";
  return refused;
}
