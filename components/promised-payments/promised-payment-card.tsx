import type { PromisedPaymentState } from "@/server/domain/promised-payments/get-promised-payment";
import { formatMoney } from "@/i18n/format";
import { getTranslator } from "@/i18n/server";
import { cardClasses } from "@/components/ui/card";
import { noticeClasses } from "@/components/ui/notice";
import { cn } from "@/components/ui/cn";
import { PromisedPaymentForm } from "./promised-payment-form";

const moscowDate = {
  day: "numeric",
  month: "long",
  hour: "2-digit",
  minute: "2-digit",
  timeZone: "Europe/Moscow",
} as const;

/** The open promised payment with its due date, or the form to take one, or why there is none for now. */
export async function PromisedPaymentCard({ state }: { state: PromisedPaymentState }) {
  const { locale, t } = await getTranslator();
  const money = (kopecks: number) => formatMoney(kopecks, locale);
  const { open, offer } = state;
  return (
    <section
      id="promised-payment"
      aria-labelledby="promised-payment-title"
      data-testid="promised-payment"
      className={cn(cardClasses(), "scroll-mt-4")}
    >
      <h2 id="promised-payment-title" className="text-heading">
        {t("promisedPayments.title")}
      </h2>
      {open?.status === "ACTIVE" && (
        <div
          role="status"
          className={cn(noticeClasses({ tone: "info" }), "mt-3 space-y-1")}
          data-testid="promised-payment-open"
        >
          <p className="font-medium">
            {t("promisedPayments.activeTitle", {
              amount: money(open.amount),
              date: open.dueAt.toLocaleString(locale, moscowDate),
            })}
          </p>
          {open.repaid > 0 && (
            <p>{t("promisedPayments.activeRepaid", { repaid: money(open.repaid), amount: money(open.amount) })}</p>
          )}
          <p>{t("promisedPayments.activeHow")}</p>
        </div>
      )}
      {open?.status === "OVERDUE" && (
        <p className={cn(noticeClasses({ tone: "danger" }), "mt-3")} data-testid="promised-payment-open">
          {t("promisedPayments.overdue", {
            amount: money(open.amount),
            date: open.dueAt.toLocaleString(locale, moscowDate),
          })}
        </p>
      )}
      {offer.kind === "OFFER" ? (
        <>
          <p className="mt-1 text-sm text-muted">{t("promisedPayments.lead")}</p>
          <PromisedPaymentForm offer={offer} />
        </>
      ) : (
        (offer.reason === "BALANCE_NOT_LOW" || offer.reason === "DEBT_TOO_LARGE") && (
          <p className="mt-2 text-sm text-muted">{t(`promisedPayments.refused${offer.reason}`)}</p>
        )
      )}
    </section>
  );
}
