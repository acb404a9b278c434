/** Set by proxy.ts on every request and echoed on the response; logs about the request carry it. */
export const REQUEST_ID_HEADER = "x-request-id";

// A caller's own id (a load balancer's, a client's) is kept when it is plainly an id; anything else is replaced.
const ACCEPTED_ID = /^[\w-]{8,64}$/;

export function resolveRequestId(incoming: string | null | undefined): string {
  return incoming && ACCEPTED_ID.test(incoming) ? incoming : crypto.randomUUID();
}
