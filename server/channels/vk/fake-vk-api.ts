import { faultQueue, startFakeMessengerServer, type FakeAnswer } from "../fake-messenger-server";

/** One method call: its name and form fields (keyboard parsed back to JSON), and the photos a message carried. */
export interface VkCall {
  method: string;
  fields: Record<string, unknown>;
  photos: Uint8Array[];
}

/** A VK API error code (6/9/29 rate limits, 901/902 cannot send to this user), or VK being down with a 5xx. */
export type VkFault = { error: number } | { status: 500 | 502 };

const ERROR_TEXT: Record<number, string> = {
  6: "Too many requests per second",
  9: "Flood control",
  29: "Rate limit reached",
  901: "Can't send messages for users without permission",
  902: "Can't send messages to this user due to their privacy settings",
};

/**
 * A local stand-in for the VK API speaking the documented subset we use: messages.send (deduplicated by
 * random_id, as VK does), photos.getMessagesUploadServer with its upload URL and photos.saveMessagesPhoto,
 * groups.getById and users.get (people added with addUser). A token given to rejectToken is answered error 5.
 * Records every call, can answer VK errors or 5xx, or be down.
 */
export async function startFakeVkApi() {
  const rejected = new Set<string>();
  const users = new Map<number, { first_name: string; last_name: string }>();
  const calls: VkCall[] = [];
  const delivered: VkCall[] = [];
  const faults = faultQueue<VkFault>();
  const uploads = new Map<string, Uint8Array>();
  const saved = new Map<string, Uint8Array>();
  const seenRandomIds = new Set<string>();
  let nextId = 100;
  const ok = (response: unknown): FakeAnswer => ({ status: 200, json: { response } });

  const server = await startFakeMessengerServer(({ path, fields, file }) => {
    if (path === "/upload") {
      const photo = `upload-${++nextId}`;
      uploads.set(photo, file ?? new Uint8Array());
      return { status: 200, json: { server: 1, photo, hash: `h${nextId}` } };
    }
    const method = path.slice(1);
    const attachment = String(fields.attachment ?? "");
    const photos = attachment ? attachment.split(",").map((a) => saved.get(a) ?? new Uint8Array()) : [];
    const call: VkCall = { method, fields, photos };
    calls.push(call);
    if (rejected.has(String(fields.access_token)))
      return {
        status: 200,
        json: { error: { error_code: 5, error_msg: "User authorization failed: invalid access_token" } },
      };
    if (method === "messages.send") {
      const fault = faults.next();
      if (fault && "status" in fault) return { status: fault.status, json: { error: "Bad Gateway" } };
      if (fault)
        return { status: 200, json: { error: { error_code: fault.error, error_msg: ERROR_TEXT[fault.error] } } };
      const key = `${String(fields.peer_id)}:${String(fields.random_id)}`;
      if (!seenRandomIds.has(key)) delivered.push(call);
      seenRandomIds.add(key);
      return ok(++nextId);
    }
    if (method === "photos.getMessagesUploadServer")
      return ok({ upload_url: `${server.baseUrl}/upload`, album_id: -3, group_id: 1 });
    if (method === "photos.saveMessagesPhoto") {
      const id = ++nextId;
      saved.set(`photo-1_${id}_key${id}`, uploads.get(String(fields.photo)) ?? new Uint8Array());
      return ok([{ id, owner_id: -1, access_key: `key${id}` }]);
    }
    if (method === "groups.getById")
      return ok({ groups: [{ id: Number(fields.group_id), name: "Поддержка", screen_name: "support" }], profiles: [] });
    if (method === "users.get")
      return ok(
        String(fields.user_ids)
          .split(",")
          .map(Number)
          .filter((id) => users.has(id))
          .map((id) => ({ id, ...users.get(id)!, can_access_closed: true, is_closed: false })),
      );
    return { status: 200, json: { error: { error_code: 3, error_msg: "Unknown method passed" } } };
  });
  return {
    ...server,
    calls,
    delivered,
    failNext: faults.failNext,
    rejectToken: (token: string) => rejected.add(token),
    addUser: (id: number, firstName: string, lastName: string) =>
      users.set(id, { first_name: firstName, last_name: lastName }),
  };
}

export type FakeVkApi = Awaited<ReturnType<typeof startFakeVkApi>>;
