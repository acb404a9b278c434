"use client";

import { useState, type ChangeEvent } from "react";
import { useTranslations } from "next-intl";
import type { MessageKey } from "@/i18n/translator";
import { MAX_BANNER_IMAGE_BYTES } from "@/server/domain/banners/banner-image-limits";
import type { ErrorBody } from "@/server/http/error-response";
import { buttonClasses } from "@/components/ui/button";

type Size = { width: number | null; height: number | null } | null;
/** An uploaded picture: its two renditions as the upload route returns them. */
export interface BannerImage {
  imageId: string;
  imagePhoneId: string;
  imageUrl: string;
  imagePhoneUrl: string;
  desktop: Size;
  phone: Size;
}

const reasons = ["tooLarge", "type", "tooBig", "tooSmall", "empty"] as const;
type Reason = (typeof reasons)[number] | "failed";

async function upload(file: File): Promise<BannerImage | Reason> {
  const body = new FormData();
  body.set("file", file);
  const response = await fetch("/api/banners/images", { method: "POST", body, credentials: "same-origin" }).catch(
    () => null,
  );
  if (!response) return "failed";
  if (response.status === 413) return "tooLarge";
  const json: unknown = await response.json().catch(() => null);
  if (response.status === 201 && json) return json as BannerImage;
  const reason = (json as Partial<ErrorBody> | null)?.error?.details?.reason;
  return reasons.find((r) => r === reason) ?? "failed";
}

/** Uploads at once (the server checks the bytes and makes both renditions) and shows what it made. */
export function BannerImageField({
  value,
  onChange,
  disabled,
}: {
  value: BannerImage | null;
  onChange: (next: BannerImage | null) => void;
  disabled?: boolean;
}) {
  const t = useTranslations();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Reason | null>(null);

  const pick = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = "";
    if (!file) return;
    setError(null);
    // Saves a pointless upload; the server checks again.
    if (file.size > MAX_BANNER_IMAGE_BYTES) return setError("tooLarge");
    setBusy(true);
    const result = await upload(file);
    setBusy(false);
    if (typeof result === "string") setError(result);
    else onChange(result);
  };

  const rendition = (label: MessageKey, url: string, size: Size) => (
    <figure className="space-y-1">
      {/* eslint-disable-next-line @next/next/no-img-element -- a stored rendition, already sized by the server */}
      <img
        src={url}
        alt={t(label)}
        className="h-24 w-auto max-w-full rounded-md object-contain ring-1 ring-line-soft"
      />
      <figcaption className="text-xs text-muted">
        {t(label)}
        {size?.width && size.height ? ` · ${t("banners.image.size", { width: size.width, height: size.height })}` : ""}
      </figcaption>
    </figure>
  );

  return (
    <div className="space-y-2">
      <label htmlFor="banner-image" className="font-medium">
        {t("banners.image.label")}
      </label>
      <p id="banner-image-hint" className="text-xs text-muted">
        {t("banners.image.hint")}
      </p>
      <input
        id="banner-image"
        type="file"
        accept="image/png,image/jpeg,image/webp"
        onChange={pick}
        disabled={disabled || busy}
        aria-describedby={`banner-image-hint${error ? " banner-image-error" : ""}`}
        className="block w-full text-sm file:mr-3 file:rounded-md file:border file:border-line file:bg-surface file:px-3 file:py-2"
      />
      <p aria-live="polite" className="text-sm text-muted">
        {busy ? t("banners.image.uploading") : ""}
      </p>
      {error && (
        <p id="banner-image-error" role="alert" className="text-sm text-danger-strong">
          {t(`banners.image.error.${error}`)}
        </p>
      )}
      {value ? (
        <div className="flex flex-wrap items-end gap-4" data-testid="banner-renditions">
          {rendition("banners.image.desktop", value.imageUrl, value.desktop)}
          {rendition("banners.image.phone", value.imagePhoneUrl, value.phone)}
          <button
            type="button"
            onClick={() => onChange(null)}
            disabled={disabled}
            className={buttonClasses({ variant: "secondary", size: "sm" })}
          >
            {t("banners.image.remove")}
          </button>
        </div>
      ) : (
        <p className="text-sm text-muted">{t("banners.image.none")}</p>
      )}
    </div>
  );
}
