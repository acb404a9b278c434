import Link from "next/link";
import type { listLedger } from "@/server/domain/payments/list-ledger";
import { formatMoney } from "@/i18n/format";
import { getTranslator } from "@/i18n/server";
import { ledgerHref, type LedgerParams } from "./ledger-params";
import { ledgerText } from "./ledger-text";

type Ledger = Awaited<ReturnType<typeof listLedger>>;

/** The ledger page; on a narrow phone the table scrolls sideways inside its own box, not the page. */
export async function LedgerTable({ ledger, params }: { ledger: Ledger; params: LedgerParams }) {
  const { locale, t } = await getTranslator();
  if (ledger.items.length === 0) return <p className="mt-4 text-slate-600">{t("payments.ledgerEmpty")}</p>;
  const date = (at: Date) => at.toLocaleDateString(locale, { dateStyle: "short", timeZone: "Europe/Moscow" });
  const time = (at: Date) => at.toLocaleTimeString(locale, { timeStyle: "short", timeZone: "Europe/Moscow" });
  const signed = (kopecks: number) => (kopecks > 0 ? `+${formatMoney(kopecks, locale)}` : formatMoney(kopecks, locale));
  return (
    <>
      <p className="mt-4 text-sm text-slate-600">{t("payments.ledgerCount", { count: ledger.total })}</p>
      <div
        role="region"
        aria-label={t("payments.ledgerScroll")}
        tabIndex={0}
        className="mt-2 overflow-x-auto rounded-md focus:outline-2 focus:outline-brand-600"
      >
        <table className="w-full min-w-[18rem] text-left text-sm" data-testid="ledger">
          <caption className="sr-only">{t("payments.ledgerCaption")}</caption>
          <thead className="border-b border-slate-200 text-slate-600">
            <tr>
              <th scope="col" className="py-2 pr-3 font-medium">
                {t("payments.colDate")}
              </th>
              <th scope="col" className="py-2 pr-3 font-medium">
                {t("payments.colOperation")}
              </th>
              <th scope="col" className="py-2 text-right font-medium">
                {t("payments.colAmount")}
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {ledger.items.map((entry) => (
              <tr key={entry.id}>
                <td className="whitespace-nowrap py-2 pr-3 align-top text-slate-600">
                  {/* Date over time keeps the column narrow, so the amount stays in view on a phone. */}
                  <span className="block">{date(entry.createdAt)}</span>
                  <span className="block text-xs">{time(entry.createdAt)}</span>
                </td>
                <td className="py-2 pr-3 align-top">
                  <span className="font-medium">
                    {entry.category ? t(`payments.category${entry.category}`) : t(`payments.type${entry.type}`)}
                  </span>
                  <span className="block break-words text-slate-600">{ledgerText(t, locale, entry)}</span>
                </td>
                <td
                  className={`whitespace-nowrap py-2 text-right align-top font-medium ${entry.amount > 0 ? "text-emerald-700" : ""}`}
                >
                  {signed(entry.amount)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {ledger.pages > 1 && (
        <nav aria-label={t("payments.pagination")} className="mt-3 flex flex-wrap items-center gap-3 text-sm">
          {ledger.page > 1 && (
            <Link
              href={ledgerHref({ ...params, page: Math.min(ledger.page - 1, ledger.pages) })}
              className="rounded-md px-3 py-1.5 ring-1 ring-slate-300 hover:bg-slate-100"
            >
              {t("payments.previousPage")}
            </Link>
          )}
          <span className="text-slate-600">{t("payments.pageOf", { page: ledger.page, pages: ledger.pages })}</span>
          {ledger.page < ledger.pages && (
            <Link
              href={ledgerHref({ ...params, page: ledger.page + 1 })}
              className="rounded-md px-3 py-1.5 ring-1 ring-slate-300 hover:bg-slate-100"
            >
              {t("payments.nextPage")}
            </Link>
          )}
        </nav>
      )}
    </>
  );
}
