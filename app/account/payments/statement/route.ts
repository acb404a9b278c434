import { getDb } from "@/server/db";
import { getTranslator } from "@/i18n/server";
import { answerErrors, errorResponse } from "@/server/http/error-response";
import { csvDownload, pdfDownload } from "@/server/http/download";
import { subscriberForRoute } from "@/server/http/subscriber-route";
import { getMonthlyStatement } from "@/server/domain/statements/get-monthly-statement";
import { statementCsv, statementFileName } from "@/server/reports/statement-csv";
import { statementPdf } from "@/server/reports/statement-pdf";

export const dynamic = "force-dynamic";

/** The signed-in subscriber's statement for one of the last twelve months: `?month=YYYY-MM&format=pdf|csv`. */
export async function GET(request: Request) {
  const subscriber = await subscriberForRoute();
  if (subscriber instanceof Response) return subscriber;
  const params = new URL(request.url).searchParams;
  const format = params.get("format") ?? "pdf";
  if (format !== "pdf" && format !== "csv") return errorResponse("INVALID_INPUT", { field: "format" });
  return answerErrors("statement failed", async () => {
    const now = new Date();
    const statement = await getMonthlyStatement(getDb(), subscriber.accountId, params.get("month") ?? "", now);
    const { locale, t } = await getTranslator();
    return format === "csv"
      ? csvDownload(statementCsv(statement, locale, t), statementFileName(statement, "csv"))
      : pdfDownload(await statementPdf(statement, locale, t, now), statementFileName(statement, "pdf"));
  });
}
