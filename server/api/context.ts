import "server-only";
import { cookies } from "next/headers";
import { getDb } from "@/server/db";
import { getPrincipal } from "@/server/auth/session";
import { clientIpFromHeaders } from "@/server/auth/client-ip";
import { defaultLocale, isLocale, LOCALE_COOKIE } from "@/components/i18n/locales";
import type { TrpcContext } from "./trpc";

/** Context for HTTP requests to /api/trpc and for server components. */
export async function createTRPCContext(opts: { headers: Headers; resHeaders?: Headers }): Promise<TrpcContext> {
  const cookieLocale = (await cookies()).get(LOCALE_COOKIE)?.value;
  return {
    db: getDb(),
    principal: await getPrincipal(),
    ip: clientIpFromHeaders(opts.headers),
    locale: isLocale(cookieLocale) ? cookieLocale : defaultLocale,
    resHeaders: opts.resHeaders,
  };
}
