import type { RateLimiterAbstract } from "rate-limiter-flexible";
import type { Db } from "@/server/db-client";
import { MAX_IMAGE_BYTES } from "@/server/domain/chat/chat-image-limits";
import {
  claimUnprocessedUpdates,
  markUpdateProcessed,
  recordInboundUpdate,
  recordUpdateFailure,
} from "@/server/domain/channels/inbound-updates";
import { loadInbox, recordInboxActivity, type LoadedInbox } from "@/server/domain/channels/inboxes";
import type { InboundEvent } from "@/server/domain/channels/inbound-event";
import {
  contactNameKnown,
  receiveInboundEvent,
  type ReceiveDeps,
} from "@/server/domain/channels/receive-inbound-event";
import { TransportRefused } from "@/server/domain/outbox/message-transport";
import { errorResponse } from "@/server/http/error-response";
import { logger } from "@/server/log";
import { FILE_TOO_LARGE, type ChannelAdapter, type WebhookAnswer, type WebhookUpdate } from "./channel-adapter";

/** Messenger updates are small (a Facebook batch of many entries too); a body past this is not one. */
const MAX_BODY_BYTES = 1_000_000;

export interface WebhookDeps {
  db: Db;
  secretsKey: Buffer;
  adapter: ChannelAdapter;
  receive: ReceiveDeps;
  /** Authentic webhook requests per inbox; past it the messenger is answered 429 and sends the update again later. */
  flood?: RateLimiterAbstract;
  now?: () => Date;
}

const answerWith = (answer: WebhookAnswer | undefined) =>
  typeof answer === "string"
    ? new Response(answer, { headers: { "content-type": "text/plain; charset=utf-8" } })
    : Response.json(answer ?? {});

/**
 * One webhook request for one inbox: unknown or disabled inbox 404, wrong secret or signature 401 and malformed
 * body 400 (nothing stored for any of them); a flood past the inbox's limit 429 with Retry-After, also before
 * storing, so the messenger keeps the update and retries it (Telegram retries any non-2xx answer). Each valid
 * update is stored once, then handed to the chat domain. A failure after storing is logged and answered 200, so
 * the messenger does not resend what we hold: retryStoredUpdates takes it up again.
 */
export async function receiveWebhook(request: Request, inboxId: string, deps: WebhookDeps): Promise<Response> {
  const inbox = await loadInbox(deps.db, deps.secretsKey, inboxId, deps.adapter.channel);
  if (!inbox?.enabled) return errorResponse("NOT_FOUND");
  const body = await request.text();
  if (body.length > MAX_BODY_BYTES) return errorResponse("INVALID_INPUT");
  const reading = deps.adapter.readWebhook({ headers: request.headers, body }, inbox.secrets);
  if (reading.kind === "refused") return errorResponse(reading.code);
  if (reading.kind === "events" && reading.updates.length > 0 && deps.flood) {
    try {
      await deps.flood.consume(inbox.id);
    } catch (refusal) {
      const seconds = Math.max(1, Math.ceil(((refusal as { msBeforeNext?: number }).msBeforeNext ?? 1000) / 1000));
      return errorResponse("RATE_LIMITED", { retryAfterSeconds: seconds }, { "retry-after": String(seconds) });
    }
  }
  if (reading.kind === "events") for (const update of reading.updates) await receiveUpdate(deps, inbox, update);
  return answerWith(reading.answer);
}

/**
 * The messenger's GET check of a webhook address (Facebook's hub.challenge): the challenge echoed as text when
 * the verify token is the inbox's, 403 otherwise; 404 for an unknown inbox or a channel without such a check.
 */
export async function verifyWebhook(request: Request, inboxId: string, deps: WebhookDeps): Promise<Response> {
  const inbox = await loadInbox(deps.db, deps.secretsKey, inboxId, deps.adapter.channel);
  if (!inbox?.enabled || !deps.adapter.verifySubscription) return errorResponse("NOT_FOUND");
  const challenge = deps.adapter.verifySubscription(new URL(request.url).searchParams, inbox.secrets);
  return challenge === null ? errorResponse("FORBIDDEN") : answerWith(challenge);
}

async function receiveUpdate(deps: WebhookDeps, inbox: LoadedInbox, update: WebhookUpdate) {
  const now = deps.now?.() ?? new Date();
  const stored = await recordInboundUpdate(deps.db, {
    inboxId: inbox.id,
    externalId: update.updateId,
    event: update.event,
    now,
  });
  if (!stored) return;
  await processUpdate(deps, inbox, { id: stored.id, event: update.event }, now);
}

type ProcessDeps = Pick<WebhookDeps, "db" | "adapter" | "receive">;

/** Hands one stored update to the chat domain; a failure is kept on the update for the retry pass. */
async function processUpdate(
  deps: ProcessDeps,
  inbox: LoadedInbox,
  update: { id: string; event: InboundEvent },
  now: Date,
) {
  try {
    const event = await withImage(deps, inbox.secrets, await withContactName(deps, inbox, update.event));
    await receiveInboundEvent(deps.db, deps.receive, {
      inbox,
      updateKey: update.id,
      event: event.event,
      image: event.image,
      now,
    });
    await markUpdateProcessed(deps.db, update.id, now);
  } catch (error) {
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    logger.error({ event: "channels.webhook_processing_failed", inboxId: inbox.id, updateId: update.id, message });
    await recordUpdateFailure(deps.db, update.id, message);
    await recordInboxActivity(deps.db, inbox.id, { error: message });
  }
}

/**
 * The job's pass: stored updates whose processing failed are tried again, a bounded number of times with a
 * growing pause (server/domain/channels/inbound-updates.ts). Returns how many were tried.
 */
export async function retryStoredUpdates(
  deps: Omit<ProcessDeps, "adapter"> & {
    secretsKey: Buffer;
    adapters: Partial<Record<ChannelAdapter["channel"], ChannelAdapter>>;
  },
  now = new Date(),
): Promise<number> {
  const updates = await claimUnprocessedUpdates(deps.db, now);
  for (const update of updates) {
    const inbox = await loadInbox(deps.db, deps.secretsKey, update.inboxId);
    const adapter = inbox?.enabled ? deps.adapters[inbox.channel] : undefined;
    if (!inbox || !adapter) continue;
    await processUpdate({ ...deps, adapter }, inbox, update, now);
  }
  return updates.length;
}

/**
 * The sender's name where the webhook does not carry it (VK, Facebook): asked of the messenger for a contact
 * without one, then kept on the contact. A failed call leaves the name unknown and the message goes on.
 */
async function withContactName(deps: ProcessDeps, inbox: LoadedInbox, event: InboundEvent): Promise<InboundEvent> {
  const { contact } = event;
  if (contact.name || !deps.adapter.contactName || event.kind === "unreachable") return event;
  if (await contactNameKnown(deps.db, inbox.id, contact.externalId)) return event;
  try {
    const name = await deps.adapter.contactName(inbox.secrets, contact.externalId);
    return name ? { ...event, contact: { ...contact, name } } : event;
  } catch (error) {
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    logger.warn({ event: "channels.contact_name_failed", inboxId: inbox.id, message });
    return event;
  }
}

/**
 * A picture's bytes. One over the size limit reaches the chat as a refusal the sender is told about, one the
 * messenger refuses for good as an unsupported message; a network failure fails the attempt, to be retried.
 */
async function withImage(
  deps: ProcessDeps,
  secrets: Parameters<ChannelAdapter["downloadImage"]>[0],
  event: InboundEvent,
): Promise<{ event: InboundEvent; image?: Uint8Array }> {
  if (event.kind !== "image") return { event };
  try {
    return { event, image: await deps.adapter.downloadImage(secrets, event.fileRef, MAX_IMAGE_BYTES) };
  } catch (error) {
    if (!(error instanceof TransportRefused)) throw error;
    const tooLarge = error.reason === FILE_TOO_LARGE;
    return { event: { kind: "unsupported", contact: event.contact, ...(tooLarge ? { reason: "tooLarge" } : {}) } };
  }
}
