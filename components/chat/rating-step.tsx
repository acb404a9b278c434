"use client";

import { Star } from "lucide-react";
import { RadioChip } from "@/components/ui/chip";
import { useMutation } from "@tanstack/react-query";
import { TRPCClientError } from "@trpc/client";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import { useTRPC } from "@/components/trpc/client";
import { errorMessage } from "@/components/trpc/error-message";
import { buttonClasses } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { controlClasses } from "@/components/ui/field";

const SCORES = [1, 2, 3, 4, 5] as const;
const NPS = Array.from({ length: 11 }, (_, i) => i);
const choice =
  "relative flex cursor-pointer items-center justify-center rounded-md border has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-brand";

/** A rating sent twice (another tab, a retry) is already stored: that is a success for the subscriber. */
const alreadyRated = (error: unknown) =>
  error instanceof TRPCClientError && (error.data as { appCode?: string } | undefined)?.appCode === "ALREADY_RATED";

/** `done`: the answer was sent and its buttons are gone, so focus comes back here instead of falling to the page. */
function useFocusWhenShown<T extends HTMLElement = HTMLHeadingElement>(done = false) {
  const ref = useRef<T>(null);
  useEffect(() => {
    // The step appears when the chat closes; keyboard users land on it instead of a removed composer.
    if (ref.current?.checkVisibility?.()) ref.current.focus();
  }, [done]);
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

function OperatorRating({ chatId, onNewChat }: { chatId: string; onNewChat: () => void }) {
  const t = useTranslations();
  const trpc = useTRPC();
  const rate = useMutation(trpc.chat.rate.mutationOptions());
  const rated = rate.isSuccess || alreadyRated(rate.error);
  const heading = useFocusWhenShown(rated);
  const thanks = useFocusWhenShown<HTMLDivElement>(rated);
  const [score, setScore] = useState<number | null>(null);
  const [nps, setNps] = useState<number | null>(null);
  const [comment, setComment] = useState("");
  const [needScore, setNeedScore] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (score === null) return setNeedScore(true);
    setNeedScore(false);
    rate.mutate({ chatId, score, npsScore: nps, comment: comment.trim() || null });
  };

  if (rated) {
    const outcome = rate.data;
    return (
      <div
        ref={thanks}
        tabIndex={-1}
        role="status"
        className="mt-4 rounded-lg bg-surface p-4 text-sm ring-1 ring-line-soft"
        data-testid="chat-rated"
      >
        <p className="font-medium">{t("chat.rateThanks")}</p>
        {outcome?.followUp && <p className="mt-1">{t("chat.rateFollowUp")}</p>}
        {outcome?.inviteToReview && (
          <p className="mt-1">
            {t("chat.rateReview")}{" "}
            <a
              href={outcome.inviteToReview}
              target="_blank"
              rel="noopener noreferrer"
              className="font-medium text-brand-ink underline"
            >
              {t("chat.rateReviewLink")}
            </a>
          </p>
        )}
        <NewChatButton onNewChat={onNewChat} />
      </div>
    );
  }

  return (
    <form
      onSubmit={submit}
      className="mt-4 rounded-lg bg-surface p-4 text-sm ring-1 ring-line-soft"
      data-testid="chat-rating"
    >
      <h3 ref={heading} tabIndex={-1} className="font-semibold">
        {t("chat.rateTitle")}
      </h3>
      <fieldset className="mt-2">
        <legend className="sr-only">{t("chat.rateScore")}</legend>
        <div className="flex gap-1">
          {SCORES.map((value) => (
            <label
              key={value}
              className={`${choice} h-10 w-10 ${score !== null && value <= score ? "border-amber-400 text-amber-500" : "border-line text-muted"}`}
            >
              <input
                type="radio"
                name="chat-score"
                value={value}
                checked={score === value}
                onChange={() => setScore(value)}
                className="sr-only"
              />
              <Star className="size-6" fill={score !== null && value <= score ? "currentColor" : "none"} />
              <span className="sr-only">{t("chat.rateStar", { score: value })}</span>
            </label>
          ))}
        </div>
      </fieldset>
      {needScore && (
        <p role="alert" className="mt-1 text-danger">
          {t("chat.rateNeedScore")}
        </p>
      )}
      <fieldset className="mt-3">
        <legend>{t("chat.rateNps")}</legend>
        <div className="mt-1 grid grid-cols-6 gap-1 sm:grid-cols-11">
          {NPS.map((value) => (
            <RadioChip
              key={value}
              shape="cell"
              name="chat-nps"
              value={value}
              checked={nps === value}
              onChange={() => setNps(value)}
            >
              {value}
            </RadioChip>
          ))}
        </div>
      </fieldset>
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
      {rate.isError && (
        <p role="alert" className="mt-1 text-danger">
          {errorMessage(rate.error, t)}
        </p>
      )}
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" disabled={rate.isPending} className={cn(buttonClasses({ size: "sm" }), "mt-3")}>
          {t("chat.rateSubmit")}
        </button>
        <NewChatButton onNewChat={onNewChat} />
      </div>
    </form>
  );
}

function BotFeedback({ chatId, onNewChat }: { chatId: string; onNewChat: () => void }) {
  const t = useTranslations();
  const trpc = useTRPC();
  const rateBot = useMutation(trpc.chat.rateBot.mutationOptions());
  const done = rateBot.isSuccess || alreadyRated(rateBot.error);
  const heading = useFocusWhenShown(done);
  return (
    <div className="mt-4 rounded-lg bg-surface p-4 text-sm ring-1 ring-line-soft" data-testid="chat-bot-feedback">
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
      <NewChatButton onNewChat={onNewChat} />
    </div>
  );
}

/** After the chat closes: 1–5 (CSI) + optional NPS and comment for an operator; "did the bot help?" for a bot-only chat. */
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
    <OperatorRating chatId={chatId} onNewChat={onNewChat} />
  ) : (
    <BotFeedback chatId={chatId} onNewChat={onNewChat} />
  );
}
