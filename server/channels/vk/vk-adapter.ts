import { createHash } from "node:crypto";
import type { OutboundButton } from "@/server/domain/channels/outbound";
import { personName, type ChannelAdapter } from "../channel-adapter";
import { downloadMedia, fitLabel, fullText } from "../outbound-text";
import { buttonPayload, readVkCallback } from "./parse-callback";
import { callVkApi, uploadMessagePhoto } from "./vk-api";

export const DEFAULT_VK_API_BASE_URL = "https://api.vk.com/method";
/** An inline keyboard holds 10 buttons in rows of 5 at most; a keyboard under the input field holds 40. */
const INLINE_MAX = 10;
const PER_ROW = 5;
const LABEL_MAX = 40;
const SHORT_LABEL = 3;

/**
 * Buttons as VK's keyboard JSON: inline under the message when they fit (quick replies, the 1–5 rating), else
 * under the input field and hidden after a press (the 0–10 question with its skip, 12 buttons). Rating digits
 * share rows, longer labels take a row each.
 */
export function vkKeyboard(buttons: OutboundButton[]): string | null {
  if (buttons.length === 0) return null;
  const rows: Array<Array<{ action: { type: "text"; label: string; payload: string } }>> = [];
  for (const button of buttons) {
    const key = {
      action: { type: "text" as const, label: fitLabel(button.label, LABEL_MAX), payload: buttonPayload(button.data) },
    };
    const last = rows.at(-1);
    const short = button.label.length <= SHORT_LABEL;
    if (short && last && last.length < PER_ROW && last.every((k) => k.action.label.length <= SHORT_LABEL))
      last.push(key);
    else rows.push([key]);
  }
  const inline = buttons.length <= INLINE_MAX;
  return JSON.stringify(inline ? { inline: true, buttons: rows } : { one_time: true, buttons: rows });
}

/**
 * messages.send's random_id from our outbox message id: a retry of the same message carries the same one, and VK
 * sends a message with a random_id it has already seen from the community to the person only once.
 */
export function randomIdOf(messageId: string): number {
  return createHash("sha256").update(messageId).digest().readInt32BE(0);
}

/** VK's answer to groups.getById (API 5.199): the communities asked for. */
interface VkGroups {
  groups?: Array<{ id: number; name?: string; screen_name?: string }>;
}

/** VK's answer to users.get: one entry per user asked for. */
type VkUsers = Array<{ id: number; first_name?: string; last_name?: string }>;

/** Peer ids from 2000000000 are group conversations, negative ones communities: only a person has a name to ask. */
const PERSON_PEER_MAX = 2_000_000_000;

/** The VK API over plain fetch: a few documented methods and the photo upload need no SDK. */
export function createVkAdapter(opts: { baseUrl?: string } = {}): ChannelAdapter {
  const base = (opts.baseUrl ?? DEFAULT_VK_API_BASE_URL).replace(/\/+$/, "");
  const describeAccount: ChannelAdapter["describeAccount"] = async (secrets) => {
    const answer = (await callVkApi(base, secrets.token, "groups.getById", {
      group_id: secrets.groupId ?? "",
    })) as VkGroups;
    const group = answer.groups?.[0];
    return { name: group?.name ?? "", handle: group?.screen_name ? `@${group.screen_name}` : null };
  };
  return {
    channel: "VK",
    readWebhook: (request, secrets) => readVkCallback(request, secrets),
    downloadImage: (_secrets, url, maxBytes) => downloadMedia(url, maxBytes),
    async deliver(secrets, recipient, message, images, ref) {
      const attachments: string[] = [];
      for (const image of images) attachments.push(await uploadMessagePhoto(base, secrets.token, recipient, image));
      const keyboard = vkKeyboard(message.buttons);
      await callVkApi(base, secrets.token, "messages.send", {
        peer_id: recipient,
        random_id: randomIdOf(ref.id),
        message: fullText(message),
        ...(attachments.length > 0 ? { attachment: attachments.join(",") } : {}),
        ...(keyboard ? { keyboard } : {}),
      });
    },
    // The admin pastes the address into the community's Callback API settings; here the token is checked.
    async connect(secrets) {
      await describeAccount(secrets);
    },
    describeAccount,
    async contactName(secrets, externalId) {
      const id = Number(externalId);
      if (!Number.isInteger(id) || id <= 0 || id >= PERSON_PEER_MAX) return null;
      const [user] = (await callVkApi(base, secrets.token, "users.get", { user_ids: id, lang: "ru" })) as VkUsers;
      return personName(user?.first_name, user?.last_name);
    },
  };
}
