"use client";

import { X } from "lucide-react";
import { useEffect, useState } from "react";
import { useTranslations } from "next-intl";
import { recordBannerEvent } from "./banner-events";
import { BannerView, type BannerViewProps } from "./banner-view";

/** setTimeout cannot wait longer than about 24.8 days. */
const MAX_TIMER_MS = 2 ** 31 - 1;
const dismissedKey = (bannerId: string) => `banner-dismissed:${bannerId}`;

function wasDismissed(bannerId: string): boolean {
  try {
    return sessionStorage.getItem(dismissedKey(bannerId)) !== null;
  } catch {
    return false;
  }
}

/**
 * The browser's side of a placed banner: hidden once dismissed in this session, hidden when its
 * schedule has ended (the page may come from the back-forward cache or stay open past endsAt),
 * and its impression recorded once per session.
 */
export function LiveBanner({
  banner,
  endsAt,
  className = "",
}: {
  banner: BannerViewProps["banner"];
  endsAt: string;
  className?: string;
}) {
  const t = useTranslations();
  const [hidden, setHidden] = useState(false);

  useEffect(() => {
    const end = Date.parse(endsAt);
    const check = () => {
      const gone = wasDismissed(banner.id) || Date.now() >= end;
      setHidden(gone);
      return gone;
    };
    if (check()) return;
    recordBannerEvent(banner.id, "IMPRESSION");
    const timer = end - Date.now() < MAX_TIMER_MS ? setTimeout(check, end - Date.now()) : null;
    window.addEventListener("pageshow", check);
    return () => {
      if (timer) clearTimeout(timer);
      window.removeEventListener("pageshow", check);
    };
  }, [banner.id, endsAt]);

  const dismiss = () => {
    try {
      sessionStorage.setItem(dismissedKey(banner.id), "1");
    } catch {
      // Without storage the banner is hidden for this page view only.
    }
    setHidden(true);
  };

  if (hidden) return null;
  return (
    <div className={`relative ${className}`}>
      <BannerView banner={banner} />
      <button
        type="button"
        onClick={dismiss}
        aria-label={t("bannerFunnel.view.dismiss")}
        title={t("bannerFunnel.view.dismiss")}
        className="absolute right-2 top-2 flex h-9 w-9 items-center justify-center rounded-full bg-black/30 text-white hover:bg-black/50 focus-visible:outline-2 focus-visible:outline-white"
      >
        <X className="size-5" />
      </button>
    </div>
  );
}
