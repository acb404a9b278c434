import { channelWebhookRoute } from "@/server/channels/webhook-route";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** Facebook Messenger's webhook (GET verification, POST events) of one inbox (README, "Messenger channels"). */
export const { POST, GET } = channelWebhookRoute("FACEBOOK");
