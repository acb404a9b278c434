import { createTRPCRouter } from "@/server/api/trpc";
import { actForSubscriberProcedure } from "./act-for-subscriber";
import { cannedResponses } from "./canned-responses";
import { details } from "./details";
import { heartbeat } from "./heartbeat";
import { queue } from "./queue";
import { requestConsent } from "./request-consent";
import { take } from "./take";
import { transfer } from "./transfer";
import { workspace } from "./workspace";

export const operatorChatsRouter = createTRPCRouter({
  queue, take, workspace, heartbeat, transfer, details, cannedResponses, requestConsent, actForSubscriber: actForSubscriberProcedure,
});
