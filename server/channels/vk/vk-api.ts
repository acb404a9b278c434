import { TransportRefused, TransportRetryLater } from "@/server/domain/outbox/message-transport";
import { BLOCKED_PREFIX, TOKEN_REJECTED_PREFIX } from "../channel-adapter";

export const VK_API_VERSION = "5.199";
const TIMEOUT_MS = 15_000;

/** VK's answer: `{response}` or `{error: {error_code, error_msg}}`, with HTTP 200 either way. */
interface VkAnswer {
  response?: unknown;
  error?: { error_code?: number; error_msg?: string };
}

/**
 * How long to wait after VK's rate-limit errors (https://dev.vk.com/ru/reference/errors): 6 too many requests per
 * second, 9 flood control (too many similar messages), 29 the method's daily limit. VK names no time, so these
 * grow with the limit's scale; none counts as a failed attempt.
 */
const RATE_LIMIT_SECONDS: Record<number, number> = { 6: 1, 9: 10, 29: 60 };
/** 901: the person has not allowed the community's messages; 902: their privacy settings forbid them. */
const UNREACHABLE = new Set([901, 902]);
/** 5: the token is not valid (revoked, mistyped); 27: a community token where a user's is needed, or the reverse. */
const TOKEN_REJECTED = new Set([5, 27]);
/** VK's own failures (1 unknown, 10 internal): worth another try with backoff. */
const TRANSIENT = new Set([1, 10]);

/**
 * Calls one API method (`POST {base}/{method}`, form-encoded, with access_token and v). Rate limits are
 * TransportRetryLater, 901/902 TransportRefused as blocked, VK's own failures, 5xx and network errors plain errors
 * (retried with backoff), and anything else TransportRefused (the same request can never succeed).
 */
export async function callVkApi(
  baseUrl: string,
  token: string,
  method: string,
  params: Record<string, string | number>,
): Promise<unknown> {
  const body = new URLSearchParams({ access_token: token, v: VK_API_VERSION });
  for (const [name, value] of Object.entries(params)) body.set(name, String(value));
  const response = await fetch(`${baseUrl}/${method}`, {
    method: "POST",
    body,
    signal: AbortSignal.timeout(TIMEOUT_MS),
  });
  if (response.status >= 500) throw new Error(`${method} HTTP ${response.status}`);
  const answer = (await response.json().catch(() => null)) as VkAnswer | null;
  if (answer && "response" in answer) return answer.response;
  const code = answer?.error?.error_code ?? response.status;
  const reason = `${method} ${code}: ${answer?.error?.error_msg ?? response.statusText}`;
  const wait = RATE_LIMIT_SECONDS[code];
  if (wait !== undefined) throw new TransportRetryLater(reason, wait);
  if (UNREACHABLE.has(code)) throw new TransportRefused(`${BLOCKED_PREFIX} ${reason}`);
  if (TOKEN_REJECTED.has(code)) throw new TransportRefused(`${TOKEN_REJECTED_PREFIX} ${reason}`);
  if (TRANSIENT.has(code) || !answer) throw new Error(reason);
  throw new TransportRefused(reason);
}

/**
 * A picture as a message attachment, by VK's three steps: photos.getMessagesUploadServer for the person, the
 * upload itself (multipart field "photo"), then photos.saveMessagesPhoto; gives `photo{owner}_{id}_{access_key}`.
 */
export async function uploadMessagePhoto(
  baseUrl: string,
  token: string,
  peerId: string,
  image: { mimeType: string; data: Uint8Array },
): Promise<string> {
  const server = (await callVkApi(baseUrl, token, "photos.getMessagesUploadServer", { peer_id: peerId })) as {
    upload_url: string;
  };
  const form = new FormData();
  const extension = image.mimeType.split("/")[1] ?? "jpg";
  form.set("photo", new Blob([new Uint8Array(image.data)], { type: image.mimeType }), `photo.${extension}`);
  const uploadResponse = await fetch(server.upload_url, {
    method: "POST",
    body: form,
    signal: AbortSignal.timeout(TIMEOUT_MS),
  });
  if (!uploadResponse.ok) throw new Error(`photo upload HTTP ${uploadResponse.status}`);
  const uploaded = (await uploadResponse.json()) as { server: number; photo: string; hash: string };
  const [saved] = (await callVkApi(baseUrl, token, "photos.saveMessagesPhoto", uploaded)) as Array<{
    id: number;
    owner_id: number;
    access_key?: string;
  }>;
  if (!saved) throw new Error("photos.saveMessagesPhoto: nothing saved");
  return `photo${saved.owner_id}_${saved.id}${saved.access_key ? `_${saved.access_key}` : ""}`;
}
