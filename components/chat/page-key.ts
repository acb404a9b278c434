import { isPortalPage, type PortalPage } from "@/server/domain/self-service/self-service-actions";

/**
 * The page a chat was opened from, in the words the hints use: "/account/tariffs" → "tariffs",
 * "/account" → "account", "/help/roaming" → "help", "/" → "home", a page with no name of its own → "other".
 * The operator sees it, named in words, in the context.
 */
export function pageKey(pathname: string): PortalPage {
  const segments = pathname.split("/").filter(Boolean);
  const [first, second] = segments;
  const key = first === "account" && second ? second : (first ?? "home");
  return isPortalPage(key) ? key : "other";
}

/** The chat's channel as the operator reports it: a phone or tablet browser is mobile web. */
export function chatChannelKind(): "WEB" | "MOBILE_WEB" {
  if (typeof window === "undefined") return "WEB";
  const touch = window.matchMedia?.("(pointer: coarse)").matches ?? false;
  return touch || /Mobi|Android/i.test(navigator.userAgent) ? "MOBILE_WEB" : "WEB";
}
