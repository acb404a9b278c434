import type { Db } from "@/server/db-client";
import type { ChatEvents } from "../chat-events";
import { dispatchWaitingChats } from "./dispatch-waiting-chats";
import { expireResponseSla } from "./expire-response-sla";
import { markSilentOperatorsAway } from "./operator-presence";

export interface DispatcherSettings {
  slaSeconds: number;
  awayAfterSeconds: number;
  now?: Date;
}

/** One pass of the queue's housekeeping, in the order that keeps it fair: who is here, who was too slow, who gets what. */
export async function runDispatchPass(db: Db, events: ChatEvents, settings: DispatcherSettings) {
  const away = await markSilentOperatorsAway(db, events, settings);
  const sla = await expireResponseSla(db, events, settings);
  const assigned = await dispatchWaitingChats(db, events, settings);
  return { away, ...sla, assigned: assigned.length };
}
