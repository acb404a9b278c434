import type { Prisma } from "@/server/generated/prisma/client";

/** A hint's edited fields as the audit log keeps them, before and after a change. */
export function hintAuditSnapshot(hint: {
  text: string;
  textEn: string;
  pages: string[];
  condition: string | null;
  failedAction: string | null;
  priority: number;
  articleId: string | null;
  opensChat: boolean;
  isActive?: boolean;
}): Prisma.InputJsonObject {
  return {
    text: hint.text,
    textEn: hint.textEn,
    pages: hint.pages,
    condition: hint.condition,
    failedAction: hint.failedAction,
    priority: hint.priority,
    articleId: hint.articleId,
    opensChat: hint.opensChat,
    ...(hint.isActive === undefined ? {} : { isActive: hint.isActive }),
  };
}
