import "server-only";
import { headers } from "next/headers";
import { createCaller } from "./root";
import { createTRPCContext } from "./context";

/** Procedures called from server components go through the same checks as HTTP calls. */
export async function createServerCaller() {
  return createCaller(await createTRPCContext({ headers: await headers() }));
}
