"use client";

import { useTranslations } from "next-intl";
import { useApiMutation } from "@/components/trpc/use-api-mutation";
import { alreadyRated, SurveyQuestions, surveyBox } from "@/components/chat/survey-questions";
import { SurveyThanks } from "@/components/chat/survey-thanks";

/**
 * The survey after a self-service action that worked after a failed try: resolved?, effort, NPS when due, a
 * comment. It sits in the page and blocks nothing; "Not now" closes it for good. No operator, so no CSI.
 */
export function SelfServiceSurvey({ contactId, askNps }: { contactId: string; askNps: boolean }) {
  const t = useTranslations();
  const rate = useApiMutation((api) => api.selfServiceSurvey.rate);
  const dismiss = useApiMutation((api) => api.selfServiceSurvey.dismiss);
  const click = useApiMutation((api) => api.selfServiceSurvey.reviewClick);
  const rated = rate.isSuccess || alreadyRated(rate.error);
  const closed = dismiss.isSuccess || alreadyRated(dismiss.error);

  return (
    <section aria-labelledby="self-service-survey" data-testid="self-service-survey">
      {rated || closed ? (
        <div role="status" className={surveyBox}>
          <h2 id="self-service-survey" className="sr-only">
            {t("chat.selfServiceTitle")}
          </h2>
          {closed ? (
            <p>{t("chat.selfServiceDismissed")}</p>
          ) : (
            <SurveyThanks
              followUp={rate.data?.followUp ?? false}
              platforms={rate.data?.reviewPlatforms ?? []}
              onReviewClick={(platformId) => click.mutate({ contactId, platformId })}
            />
          )}
        </div>
      ) : (
        <SurveyQuestions
          heading={t("chat.selfServiceTitle")}
          headingId="self-service-survey"
          headingLevel="h2"
          lead={t("chat.selfServiceLead")}
          askResolved
          askScore={false}
          askNps={askNps}
          pending={rate.isPending || dismiss.isPending}
          error={rate.error ?? dismiss.error}
          onSubmit={({ score: _operatorScore, ...answers }) => rate.mutate({ contactId, ...answers })}
          onDismiss={() => dismiss.mutate({ contactId })}
          testId="self-service-survey-form"
        />
      )}
    </section>
  );
}
