export const VISITOR_SESSION_COOKIE = "vsid";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The anonymous session key set by proxy.ts, if it looks like one. */
export function readVisitorSessionKey(value: string | undefined): string | null {
  return value && UUID.test(value) ? value : null;
}
