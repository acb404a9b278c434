/**
 * Banners a reader hid, kept for the browser session in a cookie, so the server leaves them out of the page
 * (a banner removed after load would move the page under the reader). Shared with the browser, which writes it.
 */
export const DISMISSED_BANNERS_COOKIE = "banners-dismissed";
/** The most recent dismissals kept: a cookie stays small, and old banners end anyway. */
export const MAX_DISMISSED_BANNERS = 20;
const ID = /^[\w-]{1,64}$/;

/** The ids in a cookie's value; anything that is not an id is ignored. */
export function readDismissedBanners(value: string | undefined): string[] {
  return (value ?? "").split(".").filter((id) => ID.test(id));
}

/** The cookie's next value once `bannerId` is hidden too (the oldest dropped past the limit). */
export function withDismissedBanner(value: string | undefined, bannerId: string): string {
  const ids = readDismissedBanners(value).filter((id) => id !== bannerId);
  return [...ids, bannerId].slice(-MAX_DISMISSED_BANNERS).join(".");
}
