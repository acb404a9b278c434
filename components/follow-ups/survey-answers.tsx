import type { FollowUpView } from "@/server/domain/follow-ups/list-follow-ups";
import type { Translate } from "@/i18n/translator";

/** The survey's answers in a line: resolved?, CSI, CES, NPS, and the comment. */
export function SurveyAnswers({ rating, t }: { rating: FollowUpView["rating"]; t: Translate }) {
  if (!rating) return <span className="text-muted">{t("followUps.noRating")}</span>;
  const parts = [
    rating.resolved === null ? null : t(rating.resolved ? "followUps.resolvedYes" : "followUps.resolvedNo"),
    rating.score === null ? null : t("followUps.score", { score: rating.score }),
    rating.cesScore === null ? null : t("followUps.ces", { score: rating.cesScore }),
    rating.npsScore === null ? null : t("followUps.nps", { score: rating.npsScore }),
  ].filter((part): part is string => part !== null);
  return (
    <>
      <strong data-testid="follow-up-survey">{parts.length > 0 ? parts.join(", ") : t("followUps.noRating")}</strong>
      {rating.comment && <q className="block text-muted">{rating.comment}</q>}
    </>
  );
}
