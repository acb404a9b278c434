import { faultQueue, startFakeMessengerServer } from "../fake-messenger-server";

/** One call: the Graph path, the access token, the JSON or form fields and an uploaded picture. */
export interface GraphCall {
  path: string;
  token: string;
  fields: Record<string, unknown>;
  file?: Uint8Array;
}

/** A Graph error (4/613 rate limits, 10 outside the window, 551 unavailable), or Facebook down with a 5xx. */
export type GraphFault = { code: number; subcode?: number } | { http: 500 | 502 };

const ERROR_TEXT: Record<number, string> = {
  4: "Application request limit reached",
  10: "This message is sent outside of allowed window.",
  551: "This person isn't available right now.",
  613: "Calls to this api have exceeded the rate limit.",
};

/**
 * A local stand-in for the Graph API's Messenger subset under `/v21.0`: the Send API (`POST /me/messages`, JSON
 * or multipart with filedata), `GET /me` for the page and `GET /<PSID>?fields=…` (the User Profile API) for people
 * added with addProfile. A token given to rejectToken is answered 190 OAuthException. Records every call, can
 * answer Graph errors or 5xx, or be down.
 */
export async function startFakeGraphApi(pageId: string) {
  const rejected = new Set<string>();
  const profiles = new Map<string, { first_name: string; last_name: string }>();
  const calls: GraphCall[] = [];
  const delivered: GraphCall[] = [];
  const faults = faultQueue<GraphFault>();
  let mid = 0;
  const server = await startFakeMessengerServer(({ path, query, fields, file }) => {
    const call: GraphCall = { path, token: query.get("access_token") ?? "", fields, file };
    calls.push(call);
    if (rejected.has(call.token)) {
      const error = { message: "Error validating access token", type: "OAuthException", code: 190 };
      return { status: 400, json: { error } };
    }
    if (path === "/v21.0/me") return { status: 200, json: { id: pageId, name: "Поддержка" } };
    const profile = profiles.get(path.slice("/v21.0/".length));
    if (profile) {
      const asked = (query.get("fields") ?? "").split(",");
      const known: Record<string, string> = { ...profile, id: path.slice("/v21.0/".length) };
      return { status: 200, json: Object.fromEntries(asked.filter((f) => f in known).map((f) => [f, known[f]])) };
    }
    if (path !== "/v21.0/me/messages") return { status: 404, json: { error: { code: 803, message: "Unknown path" } } };
    const fault = faults.next();
    if (fault && "http" in fault) return { status: fault.http, json: {} };
    if (fault) {
      const error = { code: fault.code, error_subcode: fault.subcode, message: ERROR_TEXT[fault.code] ?? "Error" };
      return { status: fault.code === 4 || fault.code === 613 ? 429 : 400, json: { error } };
    }
    delivered.push(call);
    return { status: 200, json: { recipient_id: (fields.recipient as { id?: string })?.id, message_id: `m_${++mid}` } };
  });
  return {
    ...server,
    graphUrl: `${server.baseUrl}/v21.0`,
    calls,
    delivered,
    failNext: faults.failNext,
    rejectToken: (token: string) => rejected.add(token),
    addProfile: (psid: string, firstName: string, lastName: string) =>
      profiles.set(psid, { first_name: firstName, last_name: lastName }),
  };
}

export type FakeGraphApi = Awaited<ReturnType<typeof startFakeGraphApi>>;
