import { TransportRefused, TransportRetryLater } from "@/server/domain/outbox/message-transport";
import { TOKEN_REJECTED_PREFIX } from "../channel-adapter";

const TIMEOUT_MS = 15_000;

/**
 * Graph API error codes (https://developers.facebook.com/docs/messenger-platform/error-codes): 4, 17, 32 and 613
 * are rate limits (no wait is named: a minute, not counted as a failed attempt); 10 is a message outside the
 * 24-hour window (subcode 2018278) and 551 a person who is not available: failed with the reason, never resent.
 * 1, 2 and 5xx are Facebook's own trouble, retried with backoff, as is 190 (a token to renew).
 */
const RATE_LIMITS = new Set([4, 17, 32, 613]);
const RATE_LIMIT_SECONDS = 60;
const TRANSIENT = new Set([1, 2, 190]);
/** 190: the page token is invalid or expired (OAuthException); named so the status says why. */
const INVALID_TOKEN = 190;

interface GraphError {
  message?: string;
  code?: number;
  error_subcode?: number;
}

/** One Graph call with the page token as access_token; a JSON body or multipart form data (a picture upload). */
export async function callGraphApi(
  baseUrl: string,
  token: string,
  path: string,
  body?: Record<string, unknown> | FormData,
): Promise<unknown> {
  const url = new URL(`${baseUrl}/${path}`);
  url.searchParams.set("access_token", token);
  const form = body instanceof FormData;
  const response = await fetch(url, {
    method: body ? "POST" : "GET",
    headers: body && !form ? { "content-type": "application/json" } : undefined,
    body: form ? body : body ? JSON.stringify(body) : undefined,
    signal: AbortSignal.timeout(TIMEOUT_MS),
  });
  const answer = (await response.json().catch(() => null)) as ({ error?: GraphError } & Record<string, unknown>) | null;
  if (response.ok && answer && !answer.error) return answer;
  if (response.status >= 500 || !answer?.error) throw new Error(`${path} HTTP ${response.status}`);
  const { code = 0, error_subcode: subcode, message = "" } = answer.error;
  const reason = `${path} ${code}${subcode ? `/${subcode}` : ""}: ${message}`;
  if (RATE_LIMITS.has(code)) throw new TransportRetryLater(reason, RATE_LIMIT_SECONDS);
  if (TRANSIENT.has(code)) throw new Error(code === INVALID_TOKEN ? `${TOKEN_REJECTED_PREFIX} ${reason}` : reason);
  throw new TransportRefused(reason);
}
