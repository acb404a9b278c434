import { encode } from "next-auth/jwt";
import type { BenchChat } from "./chat-fixtures";

/** A minted session cookie for a bench party (sign-in is not part of what the benches measure). */
export async function sessionCookie(secret: string, kind: "subscriber" | "staff", id: string): Promise<string> {
  const token = await encode({ token: { sub: id, principal: { kind, id, sv: 0 } }, secret });
  return `next-auth.session-token=${token}`;
}

/** The account or staff id behind a bench chat's party. */
export const idOf = (party: BenchChat["subscriber"]) =>
  party.kind === "subscriber" ? party.accountId : party.kind === "staff" ? party.staffId : "";

/** The subscriber's and the operator's cookies of each bench chat. */
export async function chatCookies(secret: string, chats: BenchChat[]) {
  return Promise.all(
    chats.map(async (chat) => ({
      subscriber: await sessionCookie(secret, "subscriber", idOf(chat.subscriber)),
      operator: await sessionCookie(secret, "staff", idOf(chat.operator)),
    })),
  );
}
