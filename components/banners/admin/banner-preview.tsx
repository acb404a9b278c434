"use client";

import { useRef, useState, type KeyboardEvent } from "react";
import { useTranslations } from "next-intl";
import { BannerView, type BannerViewProps } from "@/components/banners/banner-view";
import { tabClasses } from "@/components/ui/tabs";

const LAYOUTS = ["phone", "desktop"] as const;
type Layout = (typeof LAYOUTS)[number];

/** The unsaved banner exactly as the site renders it, in a tab per layout (keyboard: arrow keys switch tabs). */
export function BannerPreview({ banner }: { banner: BannerViewProps["banner"] }) {
  const t = useTranslations();
  const [layout, setLayout] = useState<Layout>("phone");
  const tabs = useRef<Record<Layout, HTMLButtonElement | null>>({ phone: null, desktop: null });
  const onKey = (e: KeyboardEvent) => {
    if (e.key !== "ArrowLeft" && e.key !== "ArrowRight") return;
    const next = layout === "phone" ? "desktop" : "phone";
    setLayout(next);
    tabs.current[next]?.focus();
  };
  return (
    <section aria-labelledby="banner-preview-title" className="space-y-3">
      <h2 id="banner-preview-title" className="text-heading">
        {t("banners.preview.title")}
      </h2>
      <div role="tablist" aria-label={t("banners.preview.title")} className="flex gap-1" onKeyDown={onKey}>
        {LAYOUTS.map((l) => (
          <button
            key={l}
            ref={(el) => {
              tabs.current[l] = el;
            }}
            type="button"
            role="tab"
            id={`banner-preview-tab-${l}`}
            aria-selected={layout === l}
            aria-controls="banner-preview-panel"
            tabIndex={layout === l ? 0 : -1}
            onClick={() => setLayout(l)}
            className={tabClasses({ current: layout === l })}
          >
            {t(`banners.preview.${l}`)}
          </button>
        ))}
      </div>
      <div
        id="banner-preview-panel"
        role="tabpanel"
        aria-labelledby={`banner-preview-tab-${layout}`}
        className="overflow-x-auto rounded-xl bg-subtle p-3"
        data-testid="banner-preview"
      >
        {/* The desktop layout keeps its width: on a phone the panel scrolls sideways instead of squeezing it. */}
        <div className={layout === "desktop" ? "min-w-[720px]" : ""}>
          <BannerView banner={banner} layout={layout} preview />
        </div>
      </div>
      <p className="text-xs text-muted">{t("banners.preview.note")}</p>
    </section>
  );
}
