import type { MetadataRoute } from "next";
import { createTranslator } from "@/i18n/translator";
import { brand } from "@/server/brand";

/**
 * The installed app's identity (served at /manifest.webmanifest, linked from every page): one file for every reader,
 * so in the product's language, Russian. It opens on the account, where installed-app users come back to.
 */
export default function manifest(): MetadataRoute.Manifest {
  const t = createTranslator("ru");
  return {
    id: "/account",
    name: t("app.installName"),
    short_name: t("app.name"),
    description: t("app.tagline"),
    lang: "ru",
    dir: "ltr",
    start_url: "/account",
    scope: "/",
    display: "standalone",
    theme_color: brand.themeColor,
    background_color: brand.backgroundColor,
    icons: [
      { src: "/icons/icon-192.png", sizes: "192x192", type: "image/png", purpose: "any" },
      { src: "/icons/icon-512.png", sizes: "512x512", type: "image/png", purpose: "any" },
      { src: "/icons/icon-maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
      { src: "/icon.svg", sizes: "any", type: "image/svg+xml", purpose: "any" },
    ],
  };
}
