import { initTRPC, TRPCError } from "@trpc/server";
import superjson from "superjson";
import { ZodError } from "zod";
import type { Db } from "@/server/db-client";
import type { Principal } from "@/server/auth/principal";
import type { StaffRole } from "@/server/generated/prisma/enums";
import { AppError } from "@/server/domain/errors";
import { trpcCodeOf } from "@/server/http/error-table";
import type { Locale } from "@/i18n/locales";
import type { RealtimePublisher } from "@/server/realtime/publisher";
import { recordProcedureCall } from "@/server/observability/procedure-observer";

export interface TrpcContext {
  db: Db;
  principal: Principal | null;
  ip: string | null;
  locale: Locale;
  /** Anonymous per-browser session key (proxy.ts issues it signed; null unless the cookie is one of ours): views, impressions, visitors' chats. */
  visitorSessionKey: string | null;
  /** Publishes chat events after the database has them. */
  realtime: RealtimePublisher;
  /** Sets a cookie on the response, with the attributes of all our cookies (server/http/cookie-attributes.ts); absent for server-side callers. */
  setCookie?: (name: string, value: string, maxAgeSeconds: number) => void;
  /** The request's id (proxy.ts), carried by its log lines; absent in tests. */
  requestId?: string;
}

const t = initTRPC.context<TrpcContext>().create({
  transformer: superjson,
  // Only codes and field names leave the server; the client turns them into localized text.
  errorFormatter({ shape, error }) {
    const appError = error.cause instanceof AppError ? error.cause : null;
    const zodError = error.cause instanceof ZodError ? error.cause : null;
    const internal = error.code === "INTERNAL_SERVER_ERROR";
    return {
      message: internal ? "INTERNAL" : (appError?.code ?? (zodError ? "INVALID_INPUT" : error.code)),
      code: shape.code,
      data: {
        code: shape.data.code,
        httpStatus: shape.data.httpStatus,
        appCode: appError?.code ?? (zodError ? "INVALID_INPUT" : null),
        details: appError?.details ?? null,
        fieldErrors: zodError
          ? zodError.issues.map((issue) => ({ path: issue.path.join("."), code: issue.code }))
          : null,
      },
    };
  },
});

/** Domain errors become transport errors here, once, for every procedure, by the error table route handlers use too. */
const mapDomainErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok && result.error.cause instanceof AppError) {
    const cause = result.error.cause;
    throw new TRPCError({ code: trpcCodeOf(cause.code), message: cause.code, cause });
  }
  return result;
});

/** One log line and one latency sample per call; sees the transport codes mapDomainErrors produced. */
const observeProcedure = t.middleware(async ({ ctx, path, type, next }) => {
  const started = performance.now();
  const result = await next();
  recordProcedureCall({
    path,
    type,
    seconds: (performance.now() - started) / 1000,
    requestId: ctx.requestId,
    error: result.ok ? null : result.error,
  });
  return result;
});

export const createTRPCRouter = t.router;
export const createCallerFactory = t.createCallerFactory;

export const publicProcedure = t.procedure.use(observeProcedure).use(mapDomainErrors);

export const protectedProcedure = publicProcedure.use(({ ctx, next }) => {
  if (!ctx.principal) throw new AppError("UNAUTHENTICATED");
  return next({ ctx: { ...ctx, principal: ctx.principal } });
});

export const subscriberProcedure = protectedProcedure.use(({ ctx, next }) => {
  if (ctx.principal.kind !== "subscriber") throw new AppError("FORBIDDEN");
  return next({ ctx: { ...ctx, principal: ctx.principal } });
});

/** Staff holding at least one of the roles. */
export function staffProcedure(...roles: StaffRole[]) {
  return protectedProcedure.use(({ ctx, next }) => {
    const principal = ctx.principal;
    if (principal.kind !== "staff" || !principal.roles.some((r) => roles.includes(r))) {
      throw new AppError("FORBIDDEN");
    }
    return next({ ctx: { ...ctx, principal } });
  });
}
