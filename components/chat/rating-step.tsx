"use client";

import { useMutation, useQuery } from "@tanstack/react-query";
import { TRPCClientError } from "@trpc/client";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import { useTRPC } from "@/components/trpc/client";
import { errorMessage } from "@/components/trpc/error-message";
import { buttonClasses } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { controlClasses } from "@/components/ui/field";
import { EffortField, NpsField, ResolvedField, ScoreField } from "./survey-fields";
import { SurveyThanks } from "./survey-thanks";

const box = "mt-4 rounded-lg bg-surface p-4 text-sm ring-1 ring-line-soft";

/** A rating sent twice (another tab, a retry) is already stored: that is a success for the subscriber. */
const alreadyRated = (error: unknown) =>
  error instanceof TRPCClientError && (error.data as { appCode?: string } | undefined)?.appCode === "ALREADY_RATED";

/** `done`: the answer was sent and its buttons are gone, so focus comes back here instead of falling to the page. */
function useFocusWhenShown<T extends HTMLElement = HTMLHeadingElement>(done = false, enabled = true) {
  const ref = useRef<T>(null);
  useEffect(() => {
    // The step appears when the chat closes; keyboard users land on it instead of a removed composer.
    if (enabled && ref.current?.checkVisibility?.()) ref.current.focus();
  }, [done, enabled]);
  return ref;
}

function NewChatButton({ onNewChat }: { onNewChat: () => void }) {
  const t = useTranslations();
  return (
    <button type="button" onClick={onNewChat} className={cn(buttonClasses({ variant: "outline", size: "sm" }), "mt-3")}>
      {t("chat.newChat")}
    </button>
  );
}

/**
 * The survey after a contact: resolved?, effort (CES), the operator's 1–5 (CSI, only where an operator took part),
 * NPS (only when due), a comment. Any subset may be sent; "Not now" closes it for good.
 */
function SurveyForm({
  chatId,
  askResolved,
  heading,
  onNewChat,
  takeFocus = true,
}: {
  chatId: string;
  askResolved: boolean;
  /** Without one: the operator's rating title, or a general one where no operator took part. */
  heading?: string;
  onNewChat: () => void;
  /** Off where it follows another question that keeps the focus. */
  takeFocus?: boolean;
}) {
  const t = useTranslations();
  const trpc = useTRPC();
  const questions = useQuery(trpc.chat.survey.queryOptions({ chatId }));
  const rate = useMutation(trpc.chat.rate.mutationOptions());
  const dismiss = useMutation(trpc.chat.dismissSurvey.mutationOptions());
  const rated = rate.isSuccess || alreadyRated(rate.error);
  const closed = dismiss.isSuccess || alreadyRated(dismiss.error);
  const headingRef = useFocusWhenShown(rated || closed, takeFocus);
  const thanks = useFocusWhenShown<HTMLDivElement>(rated || closed);
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
    rate.mutate({ chatId, ...answers });
  };

  if (rated || closed) {
    return (
      <div ref={thanks} tabIndex={-1} role="status" className={box} data-testid="chat-rated">
        {closed ? (
          <p>{t("chat.surveyDismissed")}</p>
        ) : (
          <SurveyThanks
            chatId={chatId}
            followUp={rate.data?.followUp ?? false}
            platforms={rate.data?.reviewPlatforms ?? []}
          />
        )}
        <NewChatButton onNewChat={onNewChat} />
      </div>
    );
  }
  return (
    <form onSubmit={submit} className={box} data-testid="chat-rating">
      <h3 ref={headingRef} tabIndex={-1} className="font-semibold">
        {heading ?? (questions.data?.askScore === false ? t("chat.surveyTitle") : t("chat.rateTitle"))}
      </h3>
      {askResolved && <ResolvedField value={resolved} onChange={setResolved} />}
      <EffortField value={ces} onChange={setCes} />
      {(questions.data?.askScore ?? false) && <ScoreField value={score} onChange={setScore} />}
      {(questions.data?.askNps ?? false) && <NpsField value={nps} onChange={setNps} />}
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
      {(rate.isError || dismiss.isError) && (
        <p role="alert" className="mt-1 text-danger">
          {errorMessage(rate.error ?? dismiss.error, t)}
        </p>
      )}
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" disabled={rate.isPending} className={cn(buttonClasses({ size: "sm" }), "mt-3")}>
          {t("chat.rateSubmit")}
        </button>
        {askResolved && (
          <button
            type="button"
            disabled={dismiss.isPending}
            onClick={() => dismiss.mutate({ chatId })}
            className={cn(buttonClasses({ variant: "secondary", size: "sm" }), "mt-3")}
          >
            {t("chat.surveyDismiss")}
          </button>
        )}
        <NewChatButton onNewChat={onNewChat} />
      </div>
    </form>
  );
}

/** A bot-only chat: "did the bot help?" first (it is the survey's "resolved"), then the rest of the survey. */
function BotFeedback({ chatId, onNewChat }: { chatId: string; onNewChat: () => void }) {
  const t = useTranslations();
  const trpc = useTRPC();
  const rateBot = useMutation(trpc.chat.rateBot.mutationOptions());
  const done = rateBot.isSuccess || alreadyRated(rateBot.error);
  const heading = useFocusWhenShown(done);
  return (
    <>
      <div className={box} data-testid="chat-bot-feedback">
        <h3 ref={heading} tabIndex={-1} className="font-semibold">
          {t("chat.botQuestion")}
        </h3>
        {done ? (
          <p role="status" className="mt-2">
            {t("chat.botThanks")}
          </p>
        ) : (
          <div className="mt-2 flex gap-2">
            {([true, false] as const).map((helped) => (
              <button
                key={String(helped)}
                type="button"
                disabled={rateBot.isPending}
                onClick={() => rateBot.mutate({ chatId, helped })}
                className={buttonClasses({ variant: "secondary", size: "sm" })}
              >
                {helped ? t("chat.botYes") : t("chat.botNo")}
              </button>
            ))}
          </div>
        )}
        {rateBot.isError && !done && (
          <p role="alert" className="mt-1 text-danger">
            {errorMessage(rateBot.error, t)}
          </p>
        )}
        {!done && <NewChatButton onNewChat={onNewChat} />}
      </div>
      {rateBot.isSuccess && (
        <SurveyForm
          chatId={chatId}
          askResolved={false}
          heading={t("chat.surveyMore")}
          onNewChat={onNewChat}
          takeFocus={false}
        />
      )}
    </>
  );
}

/** After the chat closes: the survey for an operator chat; "did the bot help?" and the rest for a bot-only chat. */
export function RatingStep({
  chatId,
  escalated,
  onNewChat,
}: {
  chatId: string;
  escalated: boolean;
  onNewChat: () => void;
}) {
  return escalated ? (
    <SurveyForm chatId={chatId} askResolved onNewChat={onNewChat} />
  ) : (
    <BotFeedback chatId={chatId} onNewChat={onNewChat} />
  );
}
