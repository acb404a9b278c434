import { env } from "@/server/env.mjs";
import { cameOverTls } from "./security-headers";

export interface CookieAttributes {
  path: "/";
  httpOnly: true;
  sameSite: "lax";
  secure: boolean;
}

/**
 * The cookies we set ourselves (the visitor session, the locale) get what next-auth gives its own: no script
 * reads them (none needs to), cross-site subrequests do not carry them, and they are Secure on an https site:
 * the public URL is https, or the request came over TLS (directly, or through a proxy that ended it and said
 * so in X-Forwarded-Proto).
 */
export function cookieAttributes(request: { headers: Headers; nextUrl?: { protocol: string } }): CookieAttributes {
  const httpsSite = env().NEXTAUTH_URL?.startsWith("https://") ?? false;
  return { path: "/", httpOnly: true, sameSite: "lax", secure: httpsSite || cameOverTls(request) };
}

/** Sets such a cookie on an answer that is not a NextResponse (a tRPC call's response headers). */
export function cookieSetter(requestHeaders: Headers, responseHeaders: Headers) {
  const attributes = cookieAttributes({ headers: requestHeaders });
  return (name: string, value: string, maxAgeSeconds: number) =>
    responseHeaders.append(
      "Set-Cookie",
      [
        `${name}=${encodeURIComponent(value)}`,
        `Path=${attributes.path}`,
        `Max-Age=${maxAgeSeconds}`,
        `SameSite=${attributes.sameSite}`,
        "HttpOnly",
        ...(attributes.secure ? ["Secure"] : []),
      ].join("; "),
    );
}
