import type { Db } from "@/server/db-client";
import { chatChannel, isChatOwner, isChatStaff, OPERATORS_PRESENCE_CHANNEL, QUEUE_CHANNEL, type ChatParty } from "./chat-party";

const CHAT_CHANNEL = /^private-chat-([A-Za-z0-9_-]{1,64}?)(-staff)?$/;

export type ChannelDecision =
  | { allowed: false }
  | { allowed: true; presence?: { user_id: string; user_info: Record<string, unknown> } };

/**
 * Who may listen where, decided from the session: a chat's channel is for its own
 * subscriber or visitor and its operator (supervisors too); the staff side channel,
 * the queue and operator presence are for operators and supervisors.
 */
export async function authorizeChannel(db: Db, party: ChatParty | null, channel: string): Promise<ChannelDecision> {
  if (!party) return { allowed: false };
  const support = party.kind === "staff" && party.roles.some((r) => r === "OPERATOR" || r === "SUPERVISOR");
  if (channel === QUEUE_CHANNEL) return { allowed: support };
  if (channel === OPERATORS_PRESENCE_CHANNEL) {
    if (party.kind !== "staff" || !party.roles.includes("OPERATOR")) return { allowed: false };
    const staff = await db.staffUser.findUnique({ where: { id: party.staffId }, select: { fullName: true } });
    return { allowed: true, presence: { user_id: party.staffId, user_info: { name: staff?.fullName ?? "" } } };
  }
  const match = CHAT_CHANNEL.exec(channel);
  if (!match) return { allowed: false };
  const chat = await db.chat.findUnique({ where: { id: match[1] }, select: { accountId: true, visitorToken: true, operatorId: true } });
  if (!chat) return { allowed: false };
  const staffSide = match[2] === "-staff";
  const allowed = staffSide ? isChatStaff(chat, party) : isChatOwner(chat, party) || isChatStaff(chat, party);
  return { allowed: allowed && channel.startsWith(chatChannel(match[1]!)) };
}
