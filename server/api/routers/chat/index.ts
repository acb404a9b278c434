import { createTRPCRouter } from "@/server/api/trpc";
import { attachEscalation } from "./attach-escalation";
import { close } from "./close";
import { current } from "./current";
import { giveConsent } from "./give-consent";
import { leaveRequest } from "./leave-request";
import { markRead } from "./mark-read";
import { messages } from "./messages";
import { pushKey } from "./push-key";
import { rate } from "./rate";
import { rateBot } from "./rate-bot";
import { send } from "./send";
import { dismissSurvey } from "./dismiss-survey";
import { reviewClick } from "./review-click";
import { survey } from "./survey";
import { start } from "./start";
import { subscribePush } from "./subscribe-push";
import { unsubscribePush } from "./unsubscribe-push";

export const chatRouter = createTRPCRouter({
  start,
  current,
  messages,
  send,
  markRead,
  close,
  leaveRequest,
  rate,
  rateBot,
  survey,
  dismissSurvey,
  reviewClick,
  giveConsent,
  attachEscalation,
  pushKey,
  subscribePush,
  unsubscribePush,
});
