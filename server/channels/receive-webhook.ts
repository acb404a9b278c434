import type { Db } from "@/server/db-client";
import { MAX_IMAGE_BYTES } from "@/server/domain/chat/chat-image-limits";
import { markUpdateProcessed, recordInboundUpdate } from "@/server/domain/channels/inbound-updates";
import { loadInbox, recordInboxActivity, type LoadedInbox } from "@/server/domain/channels/inboxes";
import type { InboundEvent } from "@/server/domain/channels/inbound-event";
import { receiveInboundEvent, type ReceiveDeps } from "@/server/domain/channels/receive-inbound-event";
import { errorResponse } from "@/server/http/error-response";
import { logger } from "@/server/log";
import type { ChannelAdapter, WebhookAnswer, WebhookUpdate } from "./channel-adapter";

/** Messenger updates are small (a Facebook batch of many entries too); a body past this is not one. */
const MAX_BODY_BYTES = 1_000_000;

export interface WebhookDeps {
  db: Db;
  secretsKey: Buffer;
  adapter: ChannelAdapter;
  receive: ReceiveDeps;
  now?: () => Date;
}

const answerWith = (answer: WebhookAnswer | undefined) =>
  typeof answer === "string"
    ? new Response(answer, { headers: { "content-type": "text/plain; charset=utf-8" } })
    : Response.json(answer ?? {});

/**
 * One webhook request for one inbox: unknown or disabled inbox 404, wrong secret or signature 401 and malformed
 * body 400 (nothing stored for any of them); each valid update is stored once, then handed to the chat domain.
 * A failure after storing is logged and answered 200, so the messenger does not retry an update we already hold.
 */
export async function receiveWebhook(request: Request, inboxId: string, deps: WebhookDeps): Promise<Response> {
  const inbox = await loadInbox(deps.db, deps.secretsKey, inboxId, deps.adapter.channel);
  if (!inbox?.enabled) return errorResponse("NOT_FOUND");
  const body = await request.text();
  if (body.length > MAX_BODY_BYTES) return errorResponse("INVALID_INPUT");
  const reading = deps.adapter.readWebhook({ headers: request.headers, body }, inbox.secrets);
  if (reading.kind === "refused") return errorResponse(reading.code);
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
  try {
    const event = await withImage(deps, inbox.secrets, update.event);
    await receiveInboundEvent(deps.db, deps.receive, {
      inbox,
      updateKey: stored.id,
      event: event.event,
      image: event.image,
      now,
    });
    await markUpdateProcessed(deps.db, stored.id);
  } catch (error) {
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    logger.error({ event: "channels.webhook_processing_failed", inboxId: inbox.id, updateId: stored.id, message });
    await recordInboxActivity(deps.db, inbox.id, { error: message });
  }
}

/** A picture's bytes; one that cannot be fetched or is too large reaches the chat as an unsupported message. */
async function withImage(
  deps: WebhookDeps,
  secrets: Parameters<ChannelAdapter["downloadImage"]>[0],
  event: InboundEvent,
) {
  if (event.kind !== "image") return { event };
  try {
    return { event, image: await deps.adapter.downloadImage(secrets, event.fileRef, MAX_IMAGE_BYTES) };
  } catch {
    return { event: { kind: "unsupported", contact: event.contact } as InboundEvent };
  }
}
