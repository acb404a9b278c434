import { createTRPCRouter } from "@/server/api/trpc";
import { actForSubscriber } from "./act-for-subscriber";
import { cannedResponses } from "./canned-responses";
import { deliveries } from "./deliveries";
import { details } from "./details";
import { heartbeat } from "./heartbeat";
import { overview } from "./overview";
import { queue } from "./queue";
import { requestConsent } from "./request-consent";
import { take } from "./take";
import { transfer } from "./transfer";
import { unlinkContact } from "./unlink-contact";

export const workspaceRouter = createTRPCRouter({
  queue,
  take,
  overview,
  heartbeat,
  transfer,
  details,
  deliveries,
  cannedResponses,
  requestConsent,
  actForSubscriber,
  unlinkContact,
});
