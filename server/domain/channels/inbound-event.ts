/** Who wrote, as the messenger names them. */
export interface InboundContact {
  /** The messenger's id of the conversation: Telegram's chat id, VK's peer id, Viber's user id, Facebook's PSID. */
  externalId: string;
  name: string | null;
  /** The messenger's language for the person, if it says. */
  locale: "ru" | "en";
}

/**
 * A webhook update in the one shape every channel adapter parses into. Images carry the messenger's file
 * reference; the adapter downloads the bytes before the domain sees the event.
 */
export type InboundEvent =
  | { kind: "start"; contact: InboundContact }
  | { kind: "text"; contact: InboundContact; text: string }
  | { kind: "image"; contact: InboundContact; fileRef: string; caption: string | null }
  | { kind: "button"; contact: InboundContact; data: string }
  /** A phone number the person shared from the messenger; `own` when the messenger vouches it is the sender's. */
  | { kind: "contact"; contact: InboundContact; phone: string; own: boolean }
  /** Something the chat cannot take; `tooLarge` when it was a picture over the chat's size limit. */
  | { kind: "unsupported"; contact: InboundContact; reason?: "tooLarge" }
  /** The person stopped the bot (Viber's unsubscribed, VK's message_deny): nothing more can reach them. */
  | { kind: "unreachable"; contact: InboundContact };

/** Button data the channel layer sends and reads back (Telegram allows 64 bytes, Facebook's quick replies 20 characters of title but 1000 of payload). */
export const buttonData = {
  quickReply: (seq: number, index: number) => `q:${seq}:${index}`,
  score: (score: number) => `rate:${score}`,
  nps: (score: number | "skip") => `nps:${score}`,
  consent: () => "consent",
  commentSkip: () => "comment:skip",
  botHelped: (helped: boolean) => `bot:${helped ? "yes" : "no"}`,
};

export type ButtonPress =
  | { kind: "quickReply"; seq: number; index: number }
  | { kind: "score"; score: number }
  | { kind: "nps"; score: number | null }
  | { kind: "consent" | "commentSkip" }
  | { kind: "botHelped"; helped: boolean }
  | null;

export function parseButtonData(data: string): ButtonPress {
  const quick = /^q:(\d{1,9}):(\d{1,2})$/.exec(data);
  if (quick) return { kind: "quickReply", seq: Number(quick[1]), index: Number(quick[2]) };
  const score = /^rate:([1-5])$/.exec(data);
  if (score) return { kind: "score", score: Number(score[1]) };
  const nps = /^nps:(10|[0-9]|skip)$/.exec(data);
  if (nps) return { kind: "nps", score: nps[1] === "skip" ? null : Number(nps[1]) };
  if (data === "consent") return { kind: "consent" };
  if (data === "comment:skip") return { kind: "commentSkip" };
  const bot = /^bot:(yes|no)$/.exec(data);
  if (bot) return { kind: "botHelped", helped: bot[1] === "yes" };
  return null;
}
