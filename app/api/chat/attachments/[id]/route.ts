import { getDb } from "@/server/db";
import { readAttachment } from "@/server/domain/chat/attach-image";
import { requestChatParty } from "@/server/http/chat-party-request";
import { errorResponse } from "@/server/http/error-response";
import { API_CONTENT_SECURITY_POLICY } from "@/server/http/security-headers";

export const dynamic = "force-dynamic";

/** A chat picture, only for the chat's own parties; never sniffed as anything but an image. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!/^[\w-]{1,64}$/.test(id)) return errorResponse("NOT_FOUND");
  return requestChatParty(async (party) => {
    const attachment = await readAttachment(getDb(), party, id);
    return new Response(new Uint8Array(attachment.data), {
      headers: {
        "Content-Type": attachment.mimeType,
        "X-Content-Type-Options": "nosniff",
        "Content-Security-Policy": API_CONTENT_SECURITY_POLICY,
        "Cache-Control": "private, max-age=3600",
      },
    });
  });
}
