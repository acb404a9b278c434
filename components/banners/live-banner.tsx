"use client";

import { X } from "lucide-react";
import { IconButton } from "@/components/ui/icon-button";
import { useEffect, useState } from "react";
import { useTranslations } from "next-intl";
import {
  DISMISSED_BANNERS_COOKIE,
  readDismissedBanners,
  withDismissedBanner,
} from "@/server/domain/banners/dismissed-banners";
import { recordBannerEvent } from "./banner-events";
import { BannerView, type BannerViewProps } from "./banner-view";

/** setTimeout cannot wait longer than about 24.8 days. */
const MAX_TIMER_MS = 2 ** 31 - 1;

function dismissedCookie(): string | undefined {
  const prefix = `${DISMISSED_BANNERS_COOKIE}=`;
  return document.cookie
    .split("; ")
    .find((pair) => pair.startsWith(prefix))
    ?.slice(prefix.length);
}

const wasDismissed = (bannerId: string) => readDismissedBanners(dismissedCookie()).includes(bannerId);

/**
 * The browser's side of a placed banner: hidden once dismissed (a session cookie, so later pages of this
 * browser session are rendered without it, see BannerSlot), hidden when its
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
    const value = withDismissedBanner(dismissedCookie(), banner.id);
    document.cookie = `${DISMISSED_BANNERS_COOKIE}=${value}; path=/; SameSite=Lax`;
    setHidden(true);
  };

  if (hidden) return null;
  return (
    <div className={`relative ${className}`}>
      <BannerView banner={banner} />
      <IconButton
        variant="overlay"
        onClick={dismiss}
        label={t("bannerFunnel.view.dismiss")}
        className="absolute right-2 top-2"
      >
        <X className="size-5" />
      </IconButton>
    </div>
  );
}
