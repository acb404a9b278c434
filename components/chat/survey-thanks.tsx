"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import type { ReviewPlatformView } from "@/server/domain/survey/review-platforms";

/**
 * After the answers: a detractor hears that a supervisor will call back; a promoter is invited to the public review
 * platforms (each opened link is counted once).
 */
export function SurveyThanks({
  followUp,
  platforms,
  onReviewClick,
  children,
}: {
  followUp: boolean;
  platforms: ReviewPlatformView[];
  /** Counts the opened platform for the contact surveyed. */
  onReviewClick: (platformId: string) => void;
  children?: ReactNode;
}) {
  const t = useTranslations();
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
                  onClick={() => onReviewClick(platform.id)}
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
