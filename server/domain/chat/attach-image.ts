import type { Db } from "@/server/db-client";
import { assertReplyWindowOpen } from "@/server/domain/channels/reply-window";
import { AppError } from "@/server/domain/errors";
import { imageSize, reencodeImage, refuseImage, uploadedImageType } from "@/server/domain/images/clean-image";
import type { ImageType } from "@/server/domain/images/image-type";
import { appendMessage } from "./append-message";
import { announceMessage, type ChatEvents } from "./chat-events";
import { assertCanSeeChat, type ChatParty } from "./chat-party";
import { openChatForWriting } from "./open-chat-for-writing";
import { MAX_IMAGE_BYTES, MAX_IMAGE_PIXELS, MAX_IMAGE_SIDE } from "./chat-image-limits";
import { toMessageView } from "./message-view";

/**
 * A chat picture as kept: upright, at most MAX_IMAGE_SIDE on its long side, without its metadata (a phone photo
 * names where and with what it was taken; operators need neither). The original is not kept. The format stays:
 * a photo stays JPEG, a screenshot stays lossless PNG (its transparency too), WebP stays WebP.
 */
async function cleanChatImage(bytes: Uint8Array, type: ImageType) {
  const { width, height } = await imageSize(bytes, type);
  if (width * height > MAX_IMAGE_PIXELS) refuseImage("tooManyPixels", { maxPixels: MAX_IMAGE_PIXELS });
  return reencodeImage(bytes, {
    type,
    maxPixels: MAX_IMAGE_PIXELS,
    resize: { width: MAX_IMAGE_SIDE, height: MAX_IMAGE_SIDE, fit: "inside" },
  });
}

/** A picture in the chat: checked by content and size, re-encoded, stored, then announced like any message. */
export async function attachImage(
  db: Db,
  events: ChatEvents,
  input: { party: ChatParty; chatId: string; bytes: Uint8Array; caption?: string },
) {
  const type = uploadedImageType(input.bytes, MAX_IMAGE_BYTES);
  const { chat, operatorId, author, replyWindowEndsAt } = await openChatForWriting(db, input.party, input.chatId);
  if (operatorId) assertReplyWindowOpen(replyWindowEndsAt, new Date());
  // Decoding is the costly part: only for a party that may write here.
  const image = await cleanChatImage(input.bytes, type);

  const message = await db.$transaction(async (tx) => {
    const stored = await appendMessage(tx, {
      chatId: chat.id,
      author,
      operatorId,
      text: input.caption?.trim().slice(0, 200) || "🖼",
    });
    await tx.attachment.create({
      data: { messageId: stored.id, ...image },
    });
    return tx.chatMessage.findUniqueOrThrow({
      where: { id: stored.id },
      include: { attachments: { select: { id: true } } },
    });
  });
  const view = toMessageView(message);
  await announceMessage(events, view);
  return view;
}

/** The picture's bytes, for the chat's own parties only. */
export async function readAttachment(db: Db, party: ChatParty, attachmentId: string) {
  const attachment = await db.attachment.findUnique({
    where: { id: attachmentId },
    include: { message: { include: { chat: true } } },
  });
  if (!attachment?.message) throw new AppError("NOT_FOUND");
  assertCanSeeChat(attachment.message.chat, party);
  if (attachment.message.isInternal && party.kind !== "staff") throw new AppError("NOT_FOUND");
  return { mimeType: attachment.mimeType, data: attachment.data };
}
