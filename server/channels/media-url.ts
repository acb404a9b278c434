import { createHmac, timingSafeEqual } from "node:crypto";
import type { Db } from "@/server/db-client";
import { readOutboundImages } from "@/server/domain/channels/contact-delivery";
import { errorResponse } from "@/server/http/error-response";

/** Long enough for a messenger that fetches a picture when the person opens the chat, not only when it is sent. */
const MEDIA_URL_SECONDS = 7 * 24 * 3600;

const mediaKey = (secretsKey: Buffer) => createHmac("sha256", secretsKey).update("channel-media-url").digest();
const signature = (secretsKey: Buffer, attachmentId: string, expires: number) =>
  createHmac("sha256", mediaKey(secretsKey)).update(`${attachmentId}.${expires}`).digest("base64url");

/**
 * A public address of a reply's picture, for messengers that take pictures only by URL (Viber): signed with a
 * key derived from CHANNEL_SECRETS_KEY and short-lived, so nobody can list or guess the chat's pictures.
 */
export function signedMediaUrl(siteUrl: string, secretsKey: Buffer, attachmentId: string, now = new Date()): string {
  const expires = Math.floor(now.getTime() / 1000) + MEDIA_URL_SECONDS;
  const url = new URL(`/api/channels/media/${encodeURIComponent(attachmentId)}`, siteUrl);
  url.searchParams.set("expires", String(expires));
  url.searchParams.set("signature", signature(secretsKey, attachmentId, expires));
  return url.toString();
}

/** The picture behind a signed address; 404 for a wrong or expired signature, so it tells nothing. */
export async function serveSignedMedia(
  db: Db,
  secretsKey: Buffer,
  request: Request,
  attachmentId: string,
  now = new Date(),
): Promise<Response> {
  const query = new URL(request.url).searchParams;
  const expires = Number(query.get("expires"));
  const given = Buffer.from(query.get("signature") ?? "");
  const expected = Buffer.from(signature(secretsKey, attachmentId, expires));
  const valid = given.length === expected.length && timingSafeEqual(given, expected);
  if (!valid || !Number.isInteger(expires) || expires * 1000 < now.getTime()) return errorResponse("NOT_FOUND");
  const [image] = await readOutboundImages(db, [attachmentId]);
  if (!image) return errorResponse("NOT_FOUND");
  return new Response(new Uint8Array(image.data), {
    headers: { "content-type": image.mimeType, "cache-control": "private, max-age=3600" },
  });
}
