import { getDb } from "@/server/db";
import { attachImage } from "@/server/domain/chat/attach-image";
import { MAX_IMAGE_BYTES } from "@/server/domain/chat/chat-image-limits";
import { getRealtimePublisher } from "@/server/realtime/realtime-instance";
import { requestChatParty } from "@/server/http/chat-party-request";
import { errorResponse } from "@/server/http/error-response";
import { isSameSiteRequest, readFormWithin } from "@/server/http/request-guard";

export const dynamic = "force-dynamic";

/** Upload a picture into a chat (multipart: chatId, file, optional caption). */
export async function POST(request: Request) {
  if (!isSameSiteRequest(request)) return errorResponse("FORBIDDEN");
  const form = await readFormWithin(request, MAX_IMAGE_BYTES + 64 * 1024);
  if (form === "too-large") return errorResponse("PAYLOAD_TOO_LARGE");
  const file = form?.get("file");
  const chatId = String(form?.get("chatId") ?? "");
  if (!(file instanceof Blob) || !/^[\w-]{1,64}$/.test(chatId)) return errorResponse("INVALID_INPUT");
  return requestChatParty(async (party) => {
    const message = await attachImage(getDb(), getRealtimePublisher(), {
      party,
      chatId,
      bytes: new Uint8Array(await file.arrayBuffer()),
      caption: String(form?.get("caption") ?? ""),
    });
    return Response.json(message, { status: 201 });
  });
}
