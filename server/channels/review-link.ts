import { createHmac, timingSafeEqual } from "node:crypto";
import type { Db } from "@/server/db-client";
import type { OutboundMessage } from "@/server/domain/channels/outbound";
import { recordInvitedReviewClick } from "@/server/domain/survey/review-platforms";

const linkKey = (secretsKey: Buffer) => createHmac("sha256", secretsKey).update("channel-review-link").digest();
const signature = (secretsKey: Buffer, chatId: string, platformId: string) =>
  createHmac("sha256", linkKey(secretsKey)).update(`${chatId}.${platformId}`).digest("base64url");

/**
 * Where a messenger promoter's review button points: our own address, signed with a key derived from
 * CHANNEL_SECRETS_KEY, that counts the click and sends the person on to the platform. A messenger's URL button
 * tells us nothing when pressed, and the person has no site session to prove who they are: the signature does.
 */
export function reviewLinkUrl(siteUrl: string, secretsKey: Buffer, chatId: string, platformId: string): string {
  const url = new URL(`/api/channels/review/${encodeURIComponent(chatId)}/${encodeURIComponent(platformId)}`, siteUrl);
  url.searchParams.set("signature", signature(secretsKey, chatId, platformId));
  return url.toString();
}

/** The message as adapters take it: its review invitation as link buttons with signed addresses. */
export function withReviewLinks(message: OutboundMessage, siteUrl: string, secretsKey: Buffer): OutboundMessage {
  if (!message.reviewLinks?.length) return message;
  const buttons = message.reviewLinks.map((link) => ({
    label: link.label,
    url: reviewLinkUrl(siteUrl, secretsKey, link.chatId, link.platformId),
  }));
  return { ...message, urlButtons: [...(message.urlButtons ?? []), ...buttons], reviewLinks: undefined };
}

/**
 * A press of a review button: the click counted once (as the site widget's), then a redirect to the platform.
 * null for a wrong signature or a chat that was never invited, so the address tells nothing.
 */
export async function followReviewLink(
  db: Db,
  secretsKey: Buffer,
  input: { chatId: string; platformId: string; signature: string | null; now?: Date },
): Promise<string | null> {
  const given = Buffer.from(input.signature ?? "");
  const expected = Buffer.from(signature(secretsKey, input.chatId, input.platformId));
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  return recordInvitedReviewClick(db, input);
}
