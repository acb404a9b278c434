import { getDb } from "@/server/db";
import type { MessengerChannel } from "@/server/domain/channels/inboxes";
import { answerErrors, errorResponse } from "@/server/http/error-response";
import { getRealtimePublisher } from "@/server/realtime/realtime-instance";
import { channelAdapters, channelSecretsKey, receiveDeps, webhookFloodLimiter } from "./channel-runtime";
import { receiveWebhook, verifyWebhook } from "./receive-webhook";

type RouteContext = { params: Promise<{ inboxId: string }> };

/**
 * The handlers of `app/api/channels/<channel>/[inboxId]`: POST takes the messenger's updates, GET answers a
 * messenger's address check (Facebook's hub.challenge; 404 for the others). Both 404 without a secrets key.
 */
export function channelWebhookRoute(channel: MessengerChannel) {
  const handle =
    (run: typeof receiveWebhook) =>
    (request: Request, { params }: RouteContext): Promise<Response> =>
      answerErrors(`channels.${channel.toLowerCase()}_webhook`, async () => {
        const secretsKey = channelSecretsKey();
        const adapter = channelAdapters()[channel];
        if (!secretsKey || !adapter) return errorResponse("NOT_FOUND");
        const { inboxId } = await params;
        const db = getDb();
        return run(request, inboxId, {
          db,
          secretsKey,
          adapter,
          receive: receiveDeps(db, getRealtimePublisher()),
          flood: webhookFloodLimiter(),
        });
      });
  return { POST: handle(receiveWebhook), GET: handle(verifyWebhook) };
}
