import type { ReactNode } from "react";
import { AccountNav } from "@/components/account/account-nav";
import { requireSubscriber } from "@/server/auth/session";
import { ClientMessages } from "@/i18n/client-messages";
import { createServerCaller } from "@/server/api/server-caller";

export const dynamic = "force-dynamic";

/** Every account page is for subscribers only; each page checks again for itself. */
export default async function AccountLayout({ children }: { children: ReactNode }) {
  await requireSubscriber("/account");
  const unread = await (await createServerCaller()).notices.unread();
  return (
    <ClientMessages namespaces={["accountNav"]}>
      <>
        <AccountNav unread={unread} />
        {children}
      </>
    </ClientMessages>
  );
}
