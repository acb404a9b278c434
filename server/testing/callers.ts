import type { Db } from "@/server/db-client";
import { createCaller } from "@/server/api/root";
import type { Principal } from "@/server/auth/principal";
import { testContext } from "./fixtures";

/** A tRPC caller as this principal (or as a visitor's browser session when signed out). */
export function callerAs(db: Db, principal: Principal | null, visitorSessionKey?: string) {
  const ctx = testContext(db, principal);
  return createCaller({ ...ctx, visitorSessionKey: visitorSessionKey ?? ctx.visitorSessionKey });
}

/** The domain's code of a refusal (or the transport's code for a refusal before the domain), "ok" for success. */
export const causeCode = (p: Promise<unknown>) =>
  p.then(
    () => "ok",
    (e: { cause?: { code?: string }; code?: string }) => e.cause?.code ?? e.code,
  );
