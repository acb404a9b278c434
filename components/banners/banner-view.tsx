"use client";

import { requestSalesChat } from "@/components/chat/sales-chat-event";
// The classes, not <Button>: the banner is on the landing page, whose first load carries no tailwind-merge.
import { buttonClasses } from "@/components/ui/button-classes";
import { recordBannerEvent } from "./banner-events";

export interface BannerViewProps {
  banner: {
    id: string;
    title: string;
    text: string;
    ctaLabel: string;
    topic: string;
    imageUrl: string | null;
    imagePhoneUrl: string | null;
  };
  /** Forced rendition for the admin preview; without it the banner follows the screen width. */
  layout?: "phone" | "desktop";
  /** In the admin preview the call to action records nothing and opens no chat. */
  preview?: boolean;
}

/** Under this width the phone rendition is shown, text under the picture. */
const PHONE_QUERY = "(max-width: 639px)";

// The picture box has a fixed aspect ratio and the text box a minimum height, so the
// banner takes its final size from the server HTML and nothing below it moves while the image loads.
const frame = {
  responsive: "grid overflow-hidden rounded-xl bg-brand-900 text-white ring-1 ring-line-soft sm:grid-cols-[2fr_3fr]",
  phone: "grid max-w-[360px] overflow-hidden rounded-xl bg-brand-900 text-white ring-1 ring-line-soft",
  desktop: "grid grid-cols-[2fr_3fr] overflow-hidden rounded-xl bg-brand-900 text-white ring-1 ring-line-soft",
};
const pictureBox = {
  responsive: "aspect-[16/9] sm:aspect-auto sm:min-h-48",
  phone: "aspect-[16/9]",
  desktop: "min-h-48",
};

function BannerPicture({ banner, layout }: Pick<BannerViewProps, "banner" | "layout">) {
  const desktop = banner.imageUrl ?? banner.imagePhoneUrl;
  const phone = banner.imagePhoneUrl ?? banner.imageUrl;
  const src = layout === "phone" ? phone : desktop;
  // Decorative: the title and text carry the offer, so the image has an empty alt. The renditions are
  // already sized by the upload, and <picture> switches them by width, which next/image cannot.
  // eslint-disable-next-line @next/next/no-img-element
  const img = src ? <img src={src} alt="" className="h-full w-full object-cover" decoding="async" /> : null;
  return (
    <div className={`${pictureBox[layout ?? "responsive"]} relative bg-brand-strong`}>
      {img && !layout && phone && phone !== desktop ? (
        <picture className="absolute inset-0">
          <source media={PHONE_QUERY} srcSet={phone} />
          {img}
        </picture>
      ) : (
        img && <div className="absolute inset-0">{img}</div>
      )}
    </div>
  );
}

/** A marketer's offer: picture, title, text and a call to action that opens a sales chat. Texts are plain React text. */
export function BannerView({ banner, layout, preview = false }: BannerViewProps) {
  const onCta = () => {
    if (preview) return;
    recordBannerEvent(banner.id, "CLICK");
    requestSalesChat({ bannerId: banner.id, topic: banner.topic });
  };
  return (
    <article
      className={frame[layout ?? "responsive"]}
      aria-labelledby={`banner-title-${banner.id}`}
      data-banner-id={banner.id}
      data-testid="banner"
    >
      <BannerPicture banner={banner} layout={layout} />
      <div className="flex min-h-40 flex-col justify-center gap-3 p-5 pr-12">
        <h2 id={`banner-title-${banner.id}`} className="text-xl font-semibold break-words">
          {banner.title}
        </h2>
        <p className="whitespace-pre-line break-words text-brand-100">{banner.text}</p>
        <div>
          <button
            type="button"
            className={buttonClasses({ variant: "inverse" })}
            onClick={onCta}
            aria-disabled={preview || undefined}
          >
            {banner.ctaLabel}
          </button>
        </div>
      </div>
    </article>
  );
}
