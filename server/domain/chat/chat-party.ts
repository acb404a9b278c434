import type { Principal } from "@/server/auth/principal";
import type { StaffRole } from "@/server/generated/prisma/enums";
import { AppError } from "@/server/domain/errors";

/** Who takes part in a chat: a signed-in subscriber, a visitor known by their browser session, or staff. */
export type ChatParty =
  | { kind: "subscriber"; accountId: string }
  | { kind: "visitor"; token: string }
  | { kind: "staff"; staffId: string; roles: StaffRole[] };

export function chatPartyFrom(principal: Principal | null, visitorToken: string | null): ChatParty {
  if (principal?.kind === "subscriber") return { kind: "subscriber", accountId: principal.accountId };
  if (principal?.kind === "staff") return { kind: "staff", staffId: principal.staffId, roles: principal.roles };
  if (visitorToken) return { kind: "visitor", token: visitorToken };
  throw new AppError("UNAUTHENTICATED");
}

interface ChatOwnership {
  accountId: string | null;
  visitorToken: string | null;
  operatorId: string | null;
}

/** Database filter for the chats a subscriber or visitor owns; staff own none. */
export function chatOwnerWhere(party: ChatParty) {
  if (party.kind === "subscriber") return { accountId: party.accountId };
  if (party.kind === "visitor") return { accountId: null, visitorToken: party.token };
  return null;
}

/** The chat's own subscriber or visitor. */
export function isChatOwner(chat: ChatOwnership, party: ChatParty): boolean {
  if (party.kind === "subscriber") return chat.accountId === party.accountId;
  if (party.kind === "visitor") return chat.accountId === null && chat.visitorToken === party.token;
  return false;
}

/** Staff who may read a chat: its assigned operator, or a supervisor or admin. */
export function isChatStaff(chat: ChatOwnership, party: ChatParty): boolean {
  if (party.kind !== "staff") return false;
  return chat.operatorId === party.staffId || party.roles.some((r) => r === "SUPERVISOR" || r === "ADMIN");
}

/** Anyone else gets NOT_FOUND, so chat ids cannot be probed. */
export function assertCanSeeChat(chat: ChatOwnership, party: ChatParty): void {
  if (!isChatOwner(chat, party) && !isChatStaff(chat, party)) throw new AppError("NOT_FOUND");
}
