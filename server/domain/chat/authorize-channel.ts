import type { Db } from "@/server/db-client";
import { parseChannel } from "@/server/realtime/contract";
import { isChatOwner, isChatStaff, type ChatParty } from "./chat-party";

export type ChannelDecision =
  { allowed: false } | { allowed: true; presence?: { user_id: string; user_info: Record<string, unknown> } };

/**
 * Who may listen where, decided from the session: a chat's channel is for its own
 * subscriber or visitor and its operator (supervisors too); the staff side channel,
 * the queue and operator presence are for operators and supervisors.
 */
export async function authorizeChannel(db: Db, party: ChatParty | null, name: string): Promise<ChannelDecision> {
  const channel = parseChannel(name);
  if (!party || !channel) return { allowed: false };
  switch (channel.kind) {
    case "operatorQueue":
      return { allowed: party.kind === "staff" && party.roles.some((r) => r === "OPERATOR" || r === "SUPERVISOR") };
    case "operatorsPresence": {
      if (party.kind !== "staff" || !party.roles.includes("OPERATOR")) return { allowed: false };
      const staff = await db.staffUser.findUnique({ where: { id: party.staffId }, select: { fullName: true } });
      return { allowed: true, presence: { user_id: party.staffId, user_info: { name: staff?.fullName ?? "" } } };
    }
    case "chat":
    case "chatStaff": {
      const chat = await db.chat.findUnique({
        where: { id: channel.chatId },
        select: { accountId: true, visitorToken: true, operatorId: true },
      });
      if (!chat) return { allowed: false };
      return {
        allowed:
          channel.kind === "chatStaff"
            ? isChatStaff(chat, party)
            : isChatOwner(chat, party) || isChatStaff(chat, party),
      };
    }
  }
}
