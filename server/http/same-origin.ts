/**
 * A state-changing request made by this site's own pages: the browser's Origin names our host. Cookies are
 * SameSite=Lax, but a multipart POST from another site is a "simple" request, so the origin is checked as well.
 */
export function isSameOrigin(headers: Headers): boolean {
  const origin = headers.get("origin");
  const host = headers.get("x-forwarded-host")?.split(",")[0]?.trim() || headers.get("host");
  if (!origin || !host) return false;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
