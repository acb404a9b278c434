"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { useTRPC } from "@/components/trpc/client";
import { errorMessage } from "@/components/trpc/error-message";
import { RESOLUTION_COMMENT_MAX, RESOLUTION_COMMENT_MIN } from "@/server/domain/follow-ups/resolution-comment-length";
import { followUpOutcomes, type FollowUpOutcome } from "@/server/domain/follow-ups/follow-up-filters";
import { buttonClasses } from "@/components/ui/button";
import { RadioChip } from "@/components/ui/chip";
import { noticeClasses } from "@/components/ui/notice";
import { cn } from "@/components/ui/cn";
import { controlClasses } from "@/components/ui/field";

/**
 * The supervisor's note and outcome: resolved (compensated within the limit, explained, escalated) or unreachable,
 * optionally told to the subscriber; the card moves to "closed" after the page refreshes.
 */
export function ResolveFollowUpForm({
  followUpId,
  compensationLimit,
  canCompensate,
}: {
  followUpId: string;
  compensationLimit: number;
  /** Only a subscriber's account has a ledger to credit. */
  canCompensate: boolean;
}) {
  const t = useTranslations();
  const trpc = useTRPC();
  const router = useRouter();
  const [comment, setComment] = useState("");
  const [outcome, setOutcome] = useState<FollowUpOutcome>("EXPLAINED");
  const [amount, setAmount] = useState("");
  const [notify, setNotify] = useState(false);
  const [tooShort, setTooShort] = useState(false);
  const resolve = useMutation(trpc.followUps.resolve.mutationOptions({ onSuccess: () => router.refresh() }));
  const id = `follow-up-comment-${followUpId}`;
  const limits = { min: RESOLUTION_COMMENT_MIN, max: RESOLUTION_COMMENT_MAX };
  const problem = tooShort
    ? t("followUps.commentTooShort", limits)
    : resolve.error
      ? errorMessage(resolve.error, t)
      : null;
  const outcomes = followUpOutcomes.filter((o) => canCompensate || o !== "COMPENSATED");

  const send = (state: "RESOLVED" | "UNREACHABLE") => {
    // The browser's minLength counts spaces; the rule is about the trimmed text.
    const short = comment.trim().length < RESOLUTION_COMMENT_MIN;
    setTooShort(short);
    if (short) return;
    const resolved = state === "RESOLVED";
    resolve.mutate({
      followUpId,
      comment,
      state,
      outcome: resolved ? outcome : null,
      compensationRub: resolved && outcome === "COMPENSATED" ? Number(amount) : null,
      notifySubscriber: notify,
    });
  };

  return (
    <form
      className="mt-3 space-y-2 border-t border-line-soft pt-3"
      onSubmit={(e) => {
        e.preventDefault();
        send("RESOLVED");
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
      <fieldset>
        <legend className="text-sm font-medium">{t("followUps.outcomeLabel")}</legend>
        <div className="mt-1 flex flex-wrap gap-2">
          {outcomes.map((o) => (
            <RadioChip
              key={o}
              name={`outcome-${followUpId}`}
              value={o}
              checked={outcome === o}
              onChange={() => setOutcome(o)}
            >
              {t(`followUps.outcome.${o}`)}
            </RadioChip>
          ))}
        </div>
      </fieldset>
      {outcome === "COMPENSATED" && (
        <label className="block text-sm">
          {t("followUps.compensationLabel", { max: compensationLimit })}
          <input
            type="number"
            inputMode="numeric"
            min={1}
            max={compensationLimit}
            step={1}
            required
            value={amount}
            onChange={(e) => setAmount(e.target.value)}
            className={cn(controlClasses, "max-w-40 text-sm")}
          />
        </label>
      )}
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" checked={notify} onChange={(e) => setNotify(e.target.checked)} />
        {t("followUps.notifyLabel")}
      </label>
      {problem && (
        <p role="alert" className={cn(noticeClasses({ tone: "danger" }), "p-2 text-sm")}>
          {problem}
        </p>
      )}
      <div className="flex flex-wrap gap-2">
        <button type="submit" disabled={resolve.isPending || resolve.isSuccess} className={buttonClasses()}>
          {t("followUps.resolve")}
        </button>
        <button
          type="button"
          disabled={resolve.isPending || resolve.isSuccess}
          onClick={() => send("UNREACHABLE")}
          className={buttonClasses({ variant: "secondary" })}
        >
          {t("followUps.unreachable")}
        </button>
      </div>
    </form>
  );
}

/** Open → in progress: the supervisor takes it. */
export function TakeFollowUpButton({ followUpId }: { followUpId: string }) {
  const t = useTranslations();
  const trpc = useTRPC();
  const router = useRouter();
  const take = useMutation(trpc.followUps.take.mutationOptions({ onSuccess: () => router.refresh() }));
  return (
    <>
      <button
        type="button"
        disabled={take.isPending || take.isSuccess}
        onClick={() => take.mutate({ followUpId })}
        className={buttonClasses({ variant: "secondary", size: "sm" })}
      >
        {t("followUps.take")}
      </button>
      {take.isError && (
        <p role="alert" className="text-sm text-danger">
          {errorMessage(take.error, t)}
        </p>
      )}
    </>
  );
}
