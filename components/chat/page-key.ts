/**
 * The page a chat was opened from, in the words the hints use: "/account/tariffs" → "tariffs",
 * "/account" → "account", "/help/roaming" → "help", "/" → "home". The operator sees it in the context.
 */
export function pageKey(pathname: string): string {
  const segments = pathname.split("/").filter(Boolean);
  const [first, second] = segments;
  const key = first === "account" && second ? second : (first ?? "home");
  return /^[\w.-]{1,64}$/.test(key) ? key : "other";
}

/** The chat's channel as the operator reports it: a phone or tablet browser is mobile web. */
export function chatChannelKind(): "WEB" | "MOBILE_WEB" {
  if (typeof window === "undefined") return "WEB";
  const touch = window.matchMedia?.("(pointer: coarse)").matches ?? false;
  return touch || /Mobi|Android/i.test(navigator.userAgent) ? "MOBILE_WEB" : "WEB";
}
