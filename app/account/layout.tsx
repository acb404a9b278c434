import type { ReactNode } from "react";
import { AccountNav } from "@/components/account/account-nav";
import { requireSubscriber } from "@/server/auth/session";
import { ClientMessages } from "@/i18n/client-messages";

export const dynamic = "force-dynamic";

/** Every account page is for subscribers only; each page checks again for itself. */
export default async function AccountLayout({ children }: { children: ReactNode }) {
  await requireSubscriber("/account");
  return (
    <ClientMessages namespaces={["accountNav"]}>
      <>
        <AccountNav />
        {children}
      </>
    </ClientMessages>
  );
}
