import "server-only";
import type { Principal } from "@/server/auth/principal";
import { createServerCaller } from "@/server/api/server-caller";
import { ChatEntry } from "./chat-entry";

/**
 * The chat's place on every page: the launcher, with the widget loaded up front only when the reader has a chat
 * going on (its messages and unread count must show without a click). Rendered in a Suspense boundary, so the
 * look-up never holds back the page.
 */
export async function ChatSlot({ principal }: { principal: Principal | null }) {
  const current = principal?.kind === "staff" ? null : await (await createServerCaller()).chat.current();
  return <ChatEntry principalKind={principal?.kind ?? null} hasChat={current !== null} />;
}
