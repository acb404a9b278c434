import { channelWebhookRoute } from "@/server/channels/webhook-route";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** Viber's webhook of one inbox (README, "Messenger channels"). */
export const { POST, GET } = channelWebhookRoute("VIBER");
