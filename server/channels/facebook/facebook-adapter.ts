import type { OutboundButton } from "@/server/domain/channels/outbound";
import { TransportRefused } from "@/server/domain/outbox/message-transport";
import { personName, TOKEN_REJECTED_PREFIX, type ChannelAdapter, type OutboundImage } from "../channel-adapter";
import { downloadMedia, fitLabel, fullText } from "../outbound-text";
import { callGraphApi } from "./graph-api";
import { readFacebookWebhook, verifyFacebookSubscription } from "./parse-webhook";

export const DEFAULT_FACEBOOK_GRAPH_BASE_URL = "https://graph.facebook.com/v21.0";
/** The Send API's limits: 2000 characters of text, 13 quick replies of 20 characters each. */
const TEXT_MAX = 2000;
const QUICK_REPLIES_MAX = 13;
const QUICK_REPLY_TITLE_MAX = 20;

export function quickReplies(buttons: OutboundButton[]) {
  if (buttons.length === 0) return {};
  return {
    quick_replies: buttons.slice(0, QUICK_REPLIES_MAX).map((button) => ({
      content_type: "text",
      title: fitLabel(button.label, QUICK_REPLY_TITLE_MAX),
      payload: button.data,
    })),
  };
}

/** Long text in Send API sized parts, cut at a line or space where one is near. */
function parts(text: string): string[] {
  const out: string[] = [];
  let rest = text;
  while (rest.length > TEXT_MAX) {
    const cut = Math.max(rest.lastIndexOf("\n", TEXT_MAX), rest.lastIndexOf(" ", TEXT_MAX));
    const at = cut > TEXT_MAX / 2 ? cut : TEXT_MAX;
    out.push(rest.slice(0, at));
    rest = rest.slice(at).trimStart();
  }
  return [...out, rest];
}

/**
 * The Send API over plain fetch (`POST {base}/me/messages`), each message a RESPONSE to the person's own (the
 * 24-hour standard window). Pictures are uploaded with the message (filedata), so Facebook needs no way to us.
 */
export function createFacebookAdapter(opts: { baseUrl?: string } = {}): ChannelAdapter {
  const base = (opts.baseUrl ?? DEFAULT_FACEBOOK_GRAPH_BASE_URL).replace(/\/+$/, "");
  const send = (token: string, recipient: string, message: Record<string, unknown>) =>
    callGraphApi(base, token, "me/messages", { recipient: { id: recipient }, messaging_type: "RESPONSE", message });
  const sendImage = (token: string, recipient: string, image: OutboundImage) => {
    const form = new FormData();
    form.set("recipient", JSON.stringify({ id: recipient }));
    form.set("messaging_type", "RESPONSE");
    form.set("message", JSON.stringify({ attachment: { type: "image", payload: { is_reusable: false } } }));
    const extension = image.mimeType.split("/")[1] ?? "jpg";
    form.set("filedata", new Blob([new Uint8Array(image.data)], { type: image.mimeType }), `image.${extension}`);
    return callGraphApi(base, token, "me/messages", form);
  };
  const describeAccount: ChannelAdapter["describeAccount"] = async (secrets) => {
    const page = (await callGraphApi(base, secrets.token, "me?fields=id,name")) as { id?: string; name?: string };
    // A token of another page would answer that page's people, never this inbox's.
    if (secrets.pageId && page.id !== secrets.pageId)
      throw new TransportRefused(`${TOKEN_REJECTED_PREFIX} me: the token is for page ${page.id ?? "?"}`);
    return { name: page.name ?? "", handle: null };
  };
  return {
    channel: "FACEBOOK",
    readWebhook: (request, secrets) => readFacebookWebhook(request, secrets),
    verifySubscription: (query, secrets) => verifyFacebookSubscription(query, secrets),
    downloadImage: (_secrets, url, maxBytes) => downloadMedia(url, maxBytes),
    async deliver(secrets, recipient, message, images) {
      for (const image of images) await sendImage(secrets.token, recipient, image);
      const text = fullText(message);
      if (!text) return;
      const texts = parts(text);
      for (const [index, part] of texts.entries())
        await send(secrets.token, recipient, {
          text: part,
          ...(index === texts.length - 1 ? quickReplies(message.buttons) : {}),
        });
    },
    // The admin pastes the address and verify token into the app's dashboard; here the page token is checked.
    async connect(secrets) {
      await describeAccount(secrets);
    },
    describeAccount,
    // The User Profile API: GET /<PSID>?fields=first_name,last_name with the page token.
    async contactName(secrets, psid) {
      const path = `${encodeURIComponent(psid)}?fields=first_name,last_name`;
      const profile = (await callGraphApi(base, secrets.token, path)) as { first_name?: string; last_name?: string };
      return personName(profile.first_name, profile.last_name);
    },
  };
}
