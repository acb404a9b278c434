import { TransportRefused, TransportRetryLater } from "@/server/domain/outbox/message-transport";
import { BLOCKED_PREFIX } from "../channel-adapter";

/** The documented Bot API answer: https://core.telegram.org/bots/api#making-requests */
interface BotApiAnswer {
  ok: boolean;
  result?: unknown;
  error_code?: number;
  description?: string;
  parameters?: { retry_after?: number };
}

const TIMEOUT_MS = 15_000;

/**
 * Calls one Bot API method (`POST {base}/bot{token}/{method}`) with JSON or multipart form data. A 429 is
 * TransportRetryLater with the server's retry_after, a 403 (blocked, deactivated) TransportRefused, and a 400
 * TransportRefused too (the same request can never succeed); network errors and 5xx are thrown as they are.
 */
export async function callBotApi(
  baseUrl: string,
  token: string,
  method: string,
  body: Record<string, unknown> | FormData,
): Promise<unknown> {
  const form = body instanceof FormData;
  const response = await fetch(`${baseUrl}/bot${token}/${method}`, {
    method: "POST",
    headers: form ? undefined : { "content-type": "application/json" },
    body: form ? body : JSON.stringify(body),
    signal: AbortSignal.timeout(TIMEOUT_MS),
  });
  const answer = (await response.json().catch(() => null)) as BotApiAnswer | null;
  if (answer?.ok) return answer.result;
  const status = answer?.error_code ?? response.status;
  const reason = `${method} ${status}: ${answer?.description ?? response.statusText}`;
  if (status === 429) throw new TransportRetryLater(reason, answer?.parameters?.retry_after ?? 5);
  if (status === 403) throw new TransportRefused(`${BLOCKED_PREFIX} ${reason}`);
  if (status === 400) throw new TransportRefused(reason);
  throw new Error(reason);
}

/** A file's bytes after getFile: `GET {base}/file/bot{token}/{file_path}`. */
export async function downloadBotFile(baseUrl: string, token: string, filePath: string): Promise<Uint8Array> {
  const response = await fetch(`${baseUrl}/file/bot${token}/${filePath}`, { signal: AbortSignal.timeout(TIMEOUT_MS) });
  if (!response.ok) throw new Error(`file download ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}
