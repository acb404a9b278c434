"use client";

import { useMutation, useQuery } from "@tanstack/react-query";
import { useEffect, useRef } from "react";
import { useTranslations } from "next-intl";
import { useTRPC } from "@/components/trpc/client";
import { errorMessage } from "@/components/trpc/error-message";
import { buttonClasses } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { alreadyRated, SurveyQuestions, surveyBox } from "./survey-questions";
import { SurveyThanks } from "./survey-thanks";

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

/** The survey after a chat: CSI only where an operator took part, NPS when due (the server says which). */
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
  const click = useMutation(trpc.chat.reviewClick.mutationOptions());
  const rated = rate.isSuccess || alreadyRated(rate.error);
  const closed = dismiss.isSuccess || alreadyRated(dismiss.error);
  const headingRef = useFocusWhenShown(rated || closed, takeFocus);
  const thanks = useFocusWhenShown<HTMLDivElement>(rated || closed);

  if (rated || closed) {
    return (
      <div ref={thanks} tabIndex={-1} role="status" className={surveyBox} data-testid="chat-rated">
        {closed ? (
          <p>{t("chat.surveyDismissed")}</p>
        ) : (
          <SurveyThanks
            followUp={rate.data?.followUp ?? false}
            platforms={rate.data?.reviewPlatforms ?? []}
            onReviewClick={(platformId) => click.mutate({ chatId, platformId })}
          />
        )}
        <NewChatButton onNewChat={onNewChat} />
      </div>
    );
  }
  return (
    <SurveyQuestions
      heading={heading ?? (questions.data?.askScore === false ? t("chat.surveyTitle") : t("chat.rateTitle"))}
      headingRef={headingRef}
      askResolved={askResolved}
      askScore={questions.data?.askScore ?? false}
      askNps={questions.data?.askNps ?? false}
      pending={rate.isPending || dismiss.isPending}
      error={rate.error ?? dismiss.error}
      onSubmit={(answers) => rate.mutate({ chatId, ...answers })}
      onDismiss={askResolved ? () => dismiss.mutate({ chatId }) : undefined}
      testId="chat-rating"
    >
      <NewChatButton onNewChat={onNewChat} />
    </SurveyQuestions>
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
      <div className={surveyBox} data-testid="chat-bot-feedback">
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
