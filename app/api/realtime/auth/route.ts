import { getDb } from "@/server/db";
import { authorizeChannel } from "@/server/domain/chat/authorize-channel";
import { currentChatParty } from "@/server/http/chat-party-request";
import { errorResponse } from "@/server/http/error-response";
import { isSameSiteRequest, readFormWithin } from "@/server/http/request-guard";
import { getRealtimePublisher } from "@/server/realtime/realtime-instance";

export const dynamic = "force-dynamic";

const SOCKET_ID = /^\d+\.\d+$/;

/** pusher-js asks here before joining a private or presence channel; the answer comes from the session. */
export async function POST(request: Request) {
  if (!isSameSiteRequest(request)) return errorResponse("FORBIDDEN");
  const form = await readFormWithin(request, 4 * 1024).then((f) => (f === "too-large" ? null : f));
  const socketId = String(form?.get("socket_id") ?? "");
  const channel = String(form?.get("channel_name") ?? "");
  if (!SOCKET_ID.test(socketId) || !channel || channel.length > 200) return errorResponse("INVALID_INPUT");
  const decision = await authorizeChannel(getDb(), await currentChatParty(), channel);
  if (!decision.allowed) return errorResponse("FORBIDDEN");
  return Response.json(getRealtimePublisher().authorize(socketId, channel, decision.presence));
}
