import type { OutboundMessage } from "@/server/domain/channels/outbound";
import { TransportRefused } from "@/server/domain/outbox/message-transport";

/**
 * Links travel in the text: a URL button refuses addresses some messengers cannot reach (localhost), and text
 * does not. So do link buttons, for an adapter that does not draw them as buttons.
 */
export function fullText(message: OutboundMessage): string {
  const links = [...message.links, ...(message.urlButtons ?? []).map((b) => ({ title: b.label, url: b.url }))];
  return [message.text, ...links.map((link) => `${link.title}\n${link.url}`)].filter(Boolean).join("\n\n");
}

/** A label cut to a messenger's limit (Facebook's quick reply 20 characters, VK's button 40). */
export function fitLabel(label: string, max: number): string {
  return label.length <= max ? label : `${label.slice(0, max - 1)}…`;
}

const DOWNLOAD_TIMEOUT_MS = 15_000;

/**
 * A picture from the messenger's CDN (VK's photo size, Viber's media, Facebook's attachment URL), refused past
 * maxBytes by its declared length or, without one, as soon as more bytes arrive.
 */
export async function downloadMedia(url: string, maxBytes: number): Promise<Uint8Array> {
  const response = await fetch(url, { signal: AbortSignal.timeout(DOWNLOAD_TIMEOUT_MS) });
  if (!response.ok || !response.body) throw new Error(`media download ${response.status}`);
  if (Number(response.headers.get("content-length") ?? 0) > maxBytes) throw new TransportRefused("FILE_TOO_LARGE");
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = response.body.getReader();
  for (let read = await reader.read(); !read.done; read = await reader.read()) {
    size += read.value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw new TransportRefused("FILE_TOO_LARGE");
    }
    chunks.push(read.value);
  }
  return Buffer.concat(chunks);
}
