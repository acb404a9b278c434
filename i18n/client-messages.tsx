import type { ReactNode } from "react";
import { NextIntlClientProvider } from "next-intl";
import { pickMessages, type Namespace } from "./messages";
import { getLocale } from "./server";

/** Shared by every client component: the product name and the texts of failed requests. */
const everywhere = ["app", "errors"] as const satisfies readonly Namespace[];

/**
 * Gives the client components below it the messages of the named namespaces in the reader's locale:
 * a page's browser payload carries its own texts only, never the bot's, the workspace's or the other language.
 */
export async function ClientMessages({
  namespaces,
  children,
}: {
  namespaces: readonly Namespace[];
  children: ReactNode;
}) {
  const locale = await getLocale();
  return (
    <NextIntlClientProvider locale={locale} messages={pickMessages(locale, [...everywhere, ...namespaces])}>
      {children}
    </NextIntlClientProvider>
  );
}
