import { initTRPC, TRPCError } from "@trpc/server";
import { ZodError } from "zod";
import type { Db } from "@/server/db-client";
import type { Principal } from "@/server/auth/principal";
import type { StaffRole } from "@/server/generated/prisma/enums";
import { AppError } from "@/server/domain/errors";
import { trpcCodeOf } from "@/server/http/error-table";
import type { Locale } from "@/i18n/locales";
import type { RealtimePublisher } from "@/server/realtime/publisher";
import { recordProcedureCall } from "@/server/observability/procedure-observer";
import { transformer } from "./transformer";

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
  transformer,
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
function transportError(error: TRPCError): TRPCError {
  const cause = error.cause;
  if (!(cause instanceof AppError)) return error;
  return new TRPCError({ code: trpcCodeOf(cause.code), message: cause.code, cause });
}

/**
 * One log line and one latency sample per call, with the transport code the client gets. One middleware for
 * both jobs: each layer costs every call a copy of its options and context (issue 19's portal bench).
 */
const observeProcedure = t.middleware(async ({ ctx, path, type, next }) => {
  const started = performance.now();
  const result = await next();
  const error = result.ok ? null : transportError(result.error);
  recordProcedureCall({
    path,
    type,
    seconds: (performance.now() - started) / 1000,
    requestId: ctx.requestId,
    error,
  });
  if (error && !result.ok && error !== result.error) throw error;
  return result;
});

export const createTRPCRouter = t.router;
export const createCallerFactory = t.createCallerFactory;

export const publicProcedure = t.procedure.use(observeProcedure);

function signedIn(principal: Principal | null): Principal {
  if (!principal) throw new AppError("UNAUTHENTICATED");
  return principal;
}

export const protectedProcedure = publicProcedure.use(({ ctx, next }) =>
  next({ ctx: { ...ctx, principal: signedIn(ctx.principal) } }),
);

// Checked in one layer each, not on top of protectedProcedure's (see observeProcedure).
export const subscriberProcedure = publicProcedure.use(({ ctx, next }) => {
  const principal = signedIn(ctx.principal);
  if (principal.kind !== "subscriber") throw new AppError("FORBIDDEN");
  return next({ ctx: { ...ctx, principal } });
});

/** Staff holding at least one of the roles. */
export function staffProcedure(...roles: StaffRole[]) {
  return publicProcedure.use(({ ctx, next }) => {
    const principal = signedIn(ctx.principal);
    if (principal.kind !== "staff" || !principal.roles.some((r) => roles.includes(r))) {
      throw new AppError("FORBIDDEN");
    }
    return next({ ctx: { ...ctx, principal } });
  });
}
