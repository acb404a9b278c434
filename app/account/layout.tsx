import type { ReactNode } from "react";
import { AccountNav } from "@/components/account/account-nav";
import { SelfServiceSurvey } from "@/components/account/self-service-survey";
import { requireSubscriber } from "@/server/auth/session";
import { ClientMessages } from "@/i18n/client-messages";
import { createServerCaller } from "@/server/api/server-caller";

export const dynamic = "force-dynamic";

/** Every account page is for subscribers only (each page checks again for itself), under the self-service survey. */
export default async function AccountLayout({ children }: { children: ReactNode }) {
  await requireSubscriber("/account");
  const caller = await createServerCaller();
  const unread = await caller.notices.unread();
  // A success after a failed try is asked about here; each refresh after an action checks again.
  const survey = await caller.selfServiceSurvey.pending();
  return (
    <ClientMessages namespaces={["accountNav", "chat"]}>
      <>
        <AccountNav unread={unread} />
        {survey && <SelfServiceSurvey key={survey.contactId} contactId={survey.contactId} askNps={survey.askNps} />}
        {children}
      </>
    </ClientMessages>
  );
}
