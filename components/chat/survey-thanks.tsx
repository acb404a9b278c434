"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { useTRPC } from "@/components/trpc/client";
import type { ReviewPlatformView } from "@/server/domain/survey/review-platforms";

/**
 * After the answers: a detractor hears that a supervisor will call back; a promoter is invited to the public review
 * platforms (each opened link is counted once).
 */
export function SurveyThanks({
  chatId,
  followUp,
  platforms,
  children,
}: {
  chatId: string;
  followUp: boolean;
  platforms: ReviewPlatformView[];
  children?: ReactNode;
}) {
  const t = useTranslations();
  const trpc = useTRPC();
  const click = useMutation(trpc.chat.reviewClick.mutationOptions());
  return (
    <>
      <p className="font-medium">{t("chat.rateThanks")}</p>
      {followUp && <p className="mt-1">{t("chat.rateFollowUp")}</p>}
      {platforms.length > 0 && (
        <div className="mt-1" data-testid="review-invitation">
          <p>{t("chat.rateReview")}</p>
          <ul className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
            {platforms.map((platform) => (
              <li key={platform.id}>
                <a
                  href={platform.url}
                  target="_blank"
                  rel="noopener noreferrer"
                  onClick={() => click.mutate({ chatId, platformId: platform.id })}
                  className="font-medium text-brand-ink underline"
                >
                  {t("chat.rateReviewOn", { platform: platform.name })}
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}
      {children}
    </>
  );
}
