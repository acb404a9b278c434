import type { Db } from "@/server/db-client";
import { AppError } from "@/server/domain/errors";
import { appendMessage } from "./append-message";
import { announceMessage, type ChatEvents } from "./chat-events";
import { assertCanSeeChat, type ChatParty } from "./chat-party";
import { openChatForWriting } from "./open-chat-for-writing";
import { detectImageType } from "@/server/domain/images/image-type";
import { MAX_IMAGE_BYTES } from "./chat-image-limits";
import { toMessageView } from "./message-view";

/** A picture in the chat: checked by content and size, stored, then announced like any message. */
export async function attachImage(
  db: Db,
  events: ChatEvents,
  input: { party: ChatParty; chatId: string; bytes: Uint8Array; caption?: string },
) {
  if (input.bytes.byteLength === 0 || input.bytes.byteLength > MAX_IMAGE_BYTES)
    throw new AppError("INVALID_INPUT", { field: "file", maxBytes: MAX_IMAGE_BYTES });
  const mimeType = detectImageType(input.bytes);
  if (!mimeType) throw new AppError("INVALID_INPUT", { field: "file" });
  const { chat, operatorId, author } = await openChatForWriting(db, input.party, input.chatId);

  const message = await db.$transaction(async (tx) => {
    const stored = await appendMessage(tx, {
      chatId: chat.id,
      author,
      operatorId,
      text: input.caption?.trim().slice(0, 200) || "🖼",
    });
    await tx.attachment.create({
      data: { messageId: stored.id, mimeType, sizeBytes: input.bytes.byteLength, data: Buffer.from(input.bytes) },
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
