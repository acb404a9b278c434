import {
  channelAdapters,
  channelSecretsKey,
  receiveDeps,
  webhookFloodLimiter,
} from "@/server/channels/channel-runtime";
import { receiveWebhook } from "@/server/channels/receive-webhook";
import { getDb } from "@/server/db";
import { answerErrors, errorResponse } from "@/server/http/error-response";
import { getRealtimePublisher } from "@/server/realtime/realtime-instance";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** Telegram's webhook for one inbox (setWebhook points here with the inbox's secret token). */
export async function POST(request: Request, { params }: { params: Promise<{ inboxId: string }> }) {
  return answerErrors("channels.telegram_webhook", async () => {
    const secretsKey = channelSecretsKey();
    const adapter = channelAdapters().TELEGRAM;
    if (!secretsKey || !adapter) return errorResponse("NOT_FOUND");
    const { inboxId } = await params;
    const db = getDb();
    return receiveWebhook(request, inboxId, {
      db,
      secretsKey,
      adapter,
      receive: receiveDeps(db, getRealtimePublisher()),
      flood: webhookFloodLimiter(),
    });
  });
}
