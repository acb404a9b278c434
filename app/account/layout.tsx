import { Suspense, type ReactNode } from "react";
import { AccountNav } from "@/components/account/account-nav";
import { PendingSurvey } from "@/components/account/pending-survey";
import { requireSubscriber } from "@/server/auth/session";
import { ClientMessages } from "@/i18n/client-messages";
import { createServerCaller } from "@/server/api/server-caller";

export const dynamic = "force-dynamic";

/** The tabs with the unread count: streamed, so counting notices never holds back the page below. */
async function AccountNavWithUnread() {
  const unread = await (await createServerCaller()).notices.unread();
  return <AccountNav unread={unread} />;
}

/** A success after a failed try is asked about here; each refresh after an action checks again. Streamed too. */
async function PendingSelfServiceSurvey() {
  const survey = await (await createServerCaller()).selfServiceSurvey.pending();
  return survey && <PendingSurvey key={survey.contactId} contactId={survey.contactId} askNps={survey.askNps} />;
}

/** Every account page is for subscribers only; each page checks again for itself. */
export default async function AccountLayout({ children }: { children: ReactNode }) {
  await requireSubscriber("/account");
  return (
    <ClientMessages namespaces={["accountNav", "chat"]}>
      <Suspense fallback={<AccountNav unread={0} />}>
        <AccountNavWithUnread />
      </Suspense>
      {children}
      {/* After the page, not above it: on a phone the balance stays the first thing on the screen. */}
      <Suspense fallback={null}>
        <PendingSelfServiceSurvey />
      </Suspense>
    </ClientMessages>
  );
}
