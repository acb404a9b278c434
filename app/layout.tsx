import type { Metadata, Viewport } from "next";
import { Suspense, type ReactNode } from "react";
import "./globals.css";
import { ClientMessages } from "@/i18n/client-messages";
import { SiteHeader } from "@/components/layout/site-header";
import { RealtimeProvider } from "@/components/chat/realtime-provider";
import { ChatSlot } from "@/components/chat/chat-slot";
import { ServiceWorkerRegistration } from "@/components/push/service-worker-registration";
import { getRealtimeClientConfig } from "@/server/realtime/client-config";
import { getPrincipal } from "@/server/auth/session";
import { getTranslator } from "@/i18n/server";
import { brand } from "@/server/brand";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return {
    title: { default: t("app.name"), template: `%s · ${t("app.name")}` },
    description: t("app.tagline"),
    applicationName: t("app.name"),
    // app/manifest.ts; the icons are made from public/icon.svg by `npm run icons`.
    manifest: "/manifest.webmanifest",
    icons: {
      icon: [
        { url: "/icon.svg", type: "image/svg+xml" },
        { url: "/favicon.ico", sizes: "48x48" },
      ],
      apple: "/apple-touch-icon.png",
    },
    appleWebApp: { capable: true, title: t("app.name"), statusBarStyle: "default" },
  };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: brand.themeColor };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const { locale, t } = await getTranslator();
  const principal = await getPrincipal();
  return (
    <html lang={locale}>
      <body className="group/page min-h-screen">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-surface focus:px-3 focus:py-2"
        >
          {t("app.skipToContent")}
        </a>
        <ClientMessages namespaces={["nav", "chat", "push"]}>
          <RealtimeProvider config={getRealtimeClientConfig()}>
            <SiteHeader principalKind={principal?.kind ?? null} />
            <main id="main" className="mx-auto w-full max-w-5xl px-4 py-6 has-[[data-layout=wide]]:max-w-[96rem]">
              {children}
            </main>
            <Suspense>
              <ChatSlot principal={principal} />
            </Suspense>
            <ServiceWorkerRegistration />
          </RealtimeProvider>
        </ClientMessages>
      </body>
    </html>
  );
}
