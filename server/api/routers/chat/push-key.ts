import { publicProcedure } from "@/server/api/trpc";
import { vapidSettings } from "@/server/jobs/chat-push";

/** The VAPID public key the browser subscribes with; null where push is off (no opt-in is offered then). */
export const pushKey = publicProcedure.query(() => vapidSettings()?.publicKey ?? null);
