import { Suspense, type ReactNode } from "react";
import { AccountNav } from "@/components/account/account-nav";
import { requireSubscriber } from "@/server/auth/session";
import { ClientMessages } from "@/i18n/client-messages";
import { createServerCaller } from "@/server/api/server-caller";
import { TrpcReactProvider } from "@/components/trpc/client";

export const dynamic = "force-dynamic";

/** The tabs with the unread count: streamed, so counting notices never holds back the page below. */
async function AccountNavWithUnread() {
  const unread = await (await createServerCaller()).notices.unread();
  return <AccountNav unread={unread} />;
}

/** Every account page is for subscribers only; each page checks again for itself. They all call the API. */
export default async function AccountLayout({ children }: { children: ReactNode }) {
  await requireSubscriber("/account");
  return (
    <ClientMessages namespaces={["accountNav"]}>
      <TrpcReactProvider>
        <Suspense fallback={<AccountNav unread={0} />}>
          <AccountNavWithUnread />
        </Suspense>
        {children}
      </TrpcReactProvider>
    </ClientMessages>
  );
}
