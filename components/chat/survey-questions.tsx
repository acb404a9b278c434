"use client";

import { useState, type FormEvent, type ReactNode, type Ref } from "react";
import { useTranslations } from "next-intl";
import { appErrorCode, errorMessage } from "@/components/trpc/error-message";
import { buttonClasses } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { controlClasses } from "@/components/ui/field";
import { EffortField, NpsField, ResolvedField, ScoreField } from "./survey-fields";

/** A survey sent twice (another tab, a retry) is already stored: that is a success for the subscriber. */
export const alreadyRated = (error: unknown) => appErrorCode(error) === "ALREADY_RATED";

export const surveyBox = "mt-4 rounded-lg bg-surface p-4 text-sm ring-1 ring-line-soft";

export interface SurveySubmission {
  resolved: boolean | null;
  cesScore: number | null;
  score: number | null;
  npsScore: number | null;
  comment: string | null;
}

/**
 * The survey's questions after any contact (a chat, a self-service action): resolved?, effort (CES), the operator's
 * 1–5 where one took part, NPS when due, a comment. Any subset may be sent; "Not now" closes it for good.
 */
export function SurveyQuestions({
  heading,
  headingRef,
  headingId,
  headingLevel: Heading = "h3",
  lead,
  askResolved,
  askScore,
  askNps,
  pending,
  error,
  onSubmit,
  onDismiss,
  testId,
  children,
}: {
  heading: string;
  headingRef?: Ref<HTMLHeadingElement>;
  /** For a region labelled by the heading. */
  headingId?: string;
  /** h3 inside the chat panel; h2 on a page, where it comes before the page's own title. */
  headingLevel?: "h2" | "h3";
  /** A line under the heading. */
  lead?: string;
  askResolved: boolean;
  askScore: boolean;
  askNps: boolean;
  pending: boolean;
  error: unknown;
  onSubmit: (answers: SurveySubmission) => void;
  /** Without it, no "Not now" button. */
  onDismiss?: () => void;
  testId: string;
  /** More buttons after the survey's own. */
  children?: ReactNode;
}) {
  const t = useTranslations();
  const [resolved, setResolved] = useState<boolean | null>(null);
  const [ces, setCes] = useState<number | null>(null);
  const [score, setScore] = useState<number | null>(null);
  const [nps, setNps] = useState<number | null>(null);
  const [comment, setComment] = useState("");
  const [empty, setEmpty] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const answers = { resolved, cesScore: ces, score, npsScore: nps, comment: comment.trim() || null };
    if (Object.values(answers).every((v) => v === null)) return setEmpty(true);
    setEmpty(false);
    onSubmit(answers);
  };

  return (
    <form onSubmit={submit} className={surveyBox} data-testid={testId}>
      <Heading ref={headingRef} id={headingId} tabIndex={-1} className="font-semibold">
        {heading}
      </Heading>
      {lead && <p className="mt-1 text-muted">{lead}</p>}
      {askResolved && <ResolvedField value={resolved} onChange={setResolved} />}
      <EffortField value={ces} onChange={setCes} />
      {askScore && <ScoreField value={score} onChange={setScore} />}
      {askNps && <NpsField value={nps} onChange={setNps} />}
      <label className="mt-3 block">
        {t("chat.rateComment")}
        <textarea
          value={comment}
          onChange={(e) => setComment(e.target.value)}
          maxLength={2_000}
          rows={2}
          className={cn(controlClasses, "sm:text-sm")}
        />
      </label>
      {empty && (
        <p role="alert" className="mt-1 text-danger">
          {t("chat.surveyEmpty")}
        </p>
      )}
      {error != null && (
        <p role="alert" className="mt-1 text-danger">
          {errorMessage(error, t)}
        </p>
      )}
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" disabled={pending} className={cn(buttonClasses({ size: "sm" }), "mt-3")}>
          {t("chat.rateSubmit")}
        </button>
        {onDismiss && (
          <button
            type="button"
            disabled={pending}
            onClick={onDismiss}
            className={cn(buttonClasses({ variant: "secondary", size: "sm" }), "mt-3")}
          >
            {t("chat.surveyDismiss")}
          </button>
        )}
        {children}
      </div>
    </form>
  );
}
