"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { useTRPC } from "@/components/trpc/client";
import { errorMessage } from "@/components/trpc/error-message";
import { RESOLUTION_COMMENT_MAX, RESOLUTION_COMMENT_MIN } from "@/server/domain/follow-ups/resolution-comment";
import { buttonClasses } from "@/components/ui/button";
import { noticeClasses } from "@/components/ui/notice";
import { cn } from "@/components/ui/cn";
import { controlClasses } from "@/components/ui/field";

/** The supervisor's note on what was done; the row moves to "resolved" after the page refreshes. */
export function ResolveFollowUpForm({ followUpId }: { followUpId: string }) {
  const t = useTranslations();
  const trpc = useTRPC();
  const router = useRouter();
  const [comment, setComment] = useState("");
  const [tooShort, setTooShort] = useState(false);
  const resolve = useMutation(trpc.followUps.resolve.mutationOptions({ onSuccess: () => router.refresh() }));
  const id = `follow-up-comment-${followUpId}`;
  const limits = { min: RESOLUTION_COMMENT_MIN, max: RESOLUTION_COMMENT_MAX };
  const problem = tooShort
    ? t("followUps.commentTooShort", limits)
    : resolve.error
      ? errorMessage(resolve.error, t)
      : null;

  return (
    <form
      className="mt-3 space-y-2 border-t border-line-soft pt-3"
      onSubmit={(e) => {
        e.preventDefault();
        // The browser's minLength counts spaces; the rule is about the trimmed text.
        const short = comment.trim().length < RESOLUTION_COMMENT_MIN;
        setTooShort(short);
        if (!short) resolve.mutate({ followUpId, comment });
      }}
    >
      <label htmlFor={id} className="block text-sm font-medium">
        {t("followUps.commentLabel")}
      </label>
      <textarea
        id={id}
        value={comment}
        onChange={(e) => setComment(e.target.value)}
        required
        maxLength={RESOLUTION_COMMENT_MAX}
        rows={2}
        aria-describedby={`${id}-hint`}
        aria-invalid={problem ? true : undefined}
        className={cn(controlClasses, "mt-0 text-sm")}
      />
      <p id={`${id}-hint`} className="text-xs text-muted">
        {t("followUps.commentHint", limits)}
      </p>
      {problem && (
        <p role="alert" className={cn(noticeClasses({ tone: "danger" }), "p-2 text-sm")}>
          {problem}
        </p>
      )}
      <button type="submit" disabled={resolve.isPending || resolve.isSuccess} className={buttonClasses()}>
        {t("followUps.resolve")}
      </button>
    </form>
  );
}
