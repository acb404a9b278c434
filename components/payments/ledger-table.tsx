import { Link } from "@/components/ui/link";
import type { listLedger } from "@/server/domain/payments/list-ledger";
import { formatMoney } from "@/i18n/format";
import { getTranslator } from "@/i18n/server";
import { ledgerHref, type LedgerParams } from "./ledger-params";
import { ledgerText } from "@/server/domain/payments/read-ledger-text";
import { buttonClasses } from "@/components/ui/button";

type Ledger = Awaited<ReturnType<typeof listLedger>>;

/** A page of the ledger: a table on a desktop, a list of cards on a phone (CSS only, one markup). */
export async function LedgerTable({ ledger, params }: { ledger: Ledger; params: LedgerParams }) {
  const { locale, t } = await getTranslator();
  if (ledger.items.length === 0) return <p className="mt-4 text-muted">{t("payments.ledgerEmpty")}</p>;
  const date = (at: Date) => at.toLocaleDateString(locale, { dateStyle: "short", timeZone: "Europe/Moscow" });
  const time = (at: Date) => at.toLocaleTimeString(locale, { timeStyle: "short", timeZone: "Europe/Moscow" });
  const signed = (kopecks: number) => (kopecks > 0 ? `+${formatMoney(kopecks, locale)}` : formatMoney(kopecks, locale));
  return (
    <>
      <p className="mt-4 text-sm text-muted">{t("payments.ledgerCount", { count: ledger.total })}</p>
      {/*
        One table for both screens. Below md its rows are laid out as cards (title and amount on top, the
        description, then the date); explicit roles keep it a table for screen readers when CSS changes display.
      */}
      <table role="table" className="mt-2 block w-full text-left text-sm md:table" data-testid="ledger">
        <caption className="sr-only">{t("payments.ledgerCaption")}</caption>
        <thead
          role="rowgroup"
          className="sr-only border-b border-line-soft text-muted md:not-sr-only md:table-header-group"
        >
          <tr role="row">
            <th role="columnheader" scope="col" className="py-2 pr-3 font-medium">
              {t("payments.colDate")}
            </th>
            <th role="columnheader" scope="col" className="py-2 pr-3 font-medium">
              {t("payments.colOperation")}
            </th>
            <th role="columnheader" scope="col" className="py-2 text-right font-medium">
              {t("payments.colAmount")}
            </th>
          </tr>
        </thead>
        <tbody role="rowgroup" className="flex flex-col gap-2 md:table-row-group md:divide-y md:divide-line-soft">
          {ledger.items.map((entry) => (
            <tr
              role="row"
              key={entry.id}
              className="grid grid-cols-[1fr_auto] gap-x-3 gap-y-0.5 rounded-xl bg-canvas p-3 ring-1 ring-line-soft md:table-row md:rounded-none md:bg-transparent md:p-0 md:ring-0"
            >
              <td
                role="cell"
                className="col-span-2 row-start-3 text-xs text-muted md:whitespace-nowrap md:py-2 md:pr-3 md:align-top md:text-sm md:text-muted"
              >
                {/* Date over time keeps the column narrow on a desktop; on a card they share one line. */}
                <span className="md:block">{date(entry.createdAt)}</span>{" "}
                <span className="md:block md:text-xs">{time(entry.createdAt)}</span>
              </td>
              <td role="cell" className="row-span-2 min-w-0 md:py-2 md:pr-3 md:align-top">
                <span className="font-medium">
                  {entry.category ? t(`payments.category${entry.category}`) : t(`payments.type${entry.type}`)}
                </span>
                <span className="block break-words text-muted">{ledgerText(t, locale, entry)}</span>
                {entry.type === "PAYMENT" && entry.paymentId && (
                  <a
                    href={`/account/payments/receipt/${entry.paymentId}`}
                    download
                    aria-label={t("statements.receiptLinkLabel", {
                      amount: formatMoney(entry.amount, locale),
                      date: date(entry.createdAt),
                    })}
                    className="text-xs text-brand-ink underline"
                  >
                    {t("statements.receiptLink")}
                  </a>
                )}
              </td>
              <td
                role="cell"
                className={`whitespace-nowrap text-right font-semibold tabular-nums md:py-2 md:align-top md:font-medium ${entry.amount > 0 ? "text-success" : ""}`}
              >
                {signed(entry.amount)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {ledger.pages > 1 && (
        <nav aria-label={t("payments.pagination")} className="mt-3 flex flex-wrap items-center gap-3 text-sm">
          {ledger.page > 1 && (
            <Link
              href={ledgerHref({ ...params, page: Math.min(ledger.page - 1, ledger.pages) })}
              className={buttonClasses({ variant: "secondary", size: "sm" })}
            >
              {t("payments.previousPage")}
            </Link>
          )}
          <span className="text-muted">{t("payments.pageOf", { page: ledger.page, pages: ledger.pages })}</span>
          {ledger.page < ledger.pages && (
            <Link
              href={ledgerHref({ ...params, page: ledger.page + 1 })}
              className={buttonClasses({ variant: "secondary", size: "sm" })}
            >
              {t("payments.nextPage")}
            </Link>
          )}
        </nav>
      )}
    </>
  );
}
