import { TransportRefused, TransportRetryLater } from "@/server/domain/outbox/message-transport";
import { BLOCKED_PREFIX, TOKEN_REJECTED_PREFIX } from "../channel-adapter";

const TIMEOUT_MS = 15_000;

/**
 * Viber's status codes (https://developers.viber.com/docs/api/rest-bot-api/#error-codes), answered with HTTP 200:
 * 5 receiver not registered and 6 not subscribed mean the person cannot get our messages; 12 is too many
 * requests (no wait is named: a short one, not counted as a failed attempt); 3/4/11/13 can never succeed.
 * The rest (2 bad token, 7–10 the account's state) are retried with backoff until the admin fixes the inbox.
 */
const UNREACHABLE = new Set([5, 6]);
const NEVER = new Set([1, 3, 4, 11, 13]);
const TOO_MANY_REQUESTS = 12;
/** 2 invalidAuthToken: still retried (the admin may fix the inbox), but named, so the status says why. */
const INVALID_AUTH_TOKEN = 2;
const RATE_LIMIT_SECONDS = 2;

/** Calls one method: `POST {base}/{method}` with X-Viber-Auth-Token and a JSON body. */
export async function callViberApi(
  baseUrl: string,
  token: string,
  method: string,
  body: Record<string, unknown>,
): Promise<Record<string, unknown>> {
  const response = await fetch(`${baseUrl}/${method}`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-viber-auth-token": token },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(TIMEOUT_MS),
  });
  const answer = (await response.json().catch(() => null)) as { status?: number; status_message?: string } | null;
  if (!response.ok || typeof answer?.status !== "number") throw new Error(`${method} HTTP ${response.status}`);
  if (answer.status === 0) return answer;
  const reason = `${method} ${answer.status}: ${answer.status_message ?? ""}`;
  if (answer.status === TOO_MANY_REQUESTS) throw new TransportRetryLater(reason, RATE_LIMIT_SECONDS);
  if (UNREACHABLE.has(answer.status)) throw new TransportRefused(`${BLOCKED_PREFIX} ${reason}`);
  if (NEVER.has(answer.status)) throw new TransportRefused(reason);
  throw new Error(answer.status === INVALID_AUTH_TOKEN ? `${TOKEN_REJECTED_PREFIX} ${reason}` : reason);
}
