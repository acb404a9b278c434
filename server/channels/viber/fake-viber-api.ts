import { faultQueue, startFakeMessengerServer } from "../fake-messenger-server";

/** One call: the method, the auth token header and the JSON body. */
export interface ViberCall {
  method: string;
  token: string;
  fields: Record<string, unknown>;
}

/** A Viber status code (12 too many requests, 6 not subscribed, 5 not registered), or Viber down with a 5xx. */
export type ViberFault = { status: number } | { http: 500 | 502 };

/**
 * A local stand-in for the Viber REST bot API speaking the subset we use: send_message, set_webhook and
 * get_account_info with X-Viber-Auth-Token, answered with Viber's status codes (2 for a token it does not know).
 * Records every call, can answer a status or 5xx, or be down.
 */
export async function startFakeViberApi() {
  const calls: ViberCall[] = [];
  const delivered: ViberCall[] = [];
  const faults = faultQueue<ViberFault>();
  const rejected = new Set<string>();
  let token = 5_000_000_000_000_000_000n;
  const server = await startFakeMessengerServer(({ path, headers, fields }) => {
    const call: ViberCall = { method: path.slice(1), token: String(headers["x-viber-auth-token"] ?? ""), fields };
    calls.push(call);
    if (!call.token || rejected.has(call.token))
      return { status: 200, json: { status: 2, status_message: "invalidAuthToken" } };
    if (call.method === "send_message") {
      const fault = faults.next();
      if (fault && "http" in fault) return { status: fault.http, json: {} };
      if (fault) return { status: 200, json: { status: fault.status, status_message: "fault" } };
      delivered.push(call);
      token += 1n;
      return { status: 200, json: { status: 0, status_message: "ok", message_token: Number(token) } };
    }
    if (call.method === "get_account_info")
      return {
        status: 200,
        json: { status: 0, status_message: "ok", id: "pa:75346594275468546724", name: "Поддержка", uri: "support" },
      };
    if (call.method === "set_webhook")
      return { status: 200, json: { status: 0, status_message: "ok", event_types: fields.event_types } };
    return { status: 200, json: { status: 3, status_message: "badData" } };
  });
  return {
    ...server,
    calls,
    delivered,
    failNext: faults.failNext,
    /** Every later call with this token is answered 2 invalidAuthToken. */
    rejectToken: (value: string) => rejected.add(value),
  };
}

export type FakeViberApi = Awaited<ReturnType<typeof startFakeViberApi>>;
