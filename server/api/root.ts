import { createCallerFactory, createTRPCRouter } from "./trpc";
import { accountRouter } from "./routers/account";
import { devOutboxRouter } from "./routers/dev-outbox";
import { recoveryRouter } from "./routers/recovery";
import { helpRouter } from "./routers/help";
import { helpAdminRouter } from "./routers/help-admin";
import { botLearningRouter } from "./routers/bot-learning";
import { preferencesRouter } from "./routers/preferences";
import { staffRouter } from "./routers/staff";
import { tariffsRouter } from "./routers/tariffs";
import { optionsRouter } from "./routers/options";
import { paymentsRouter } from "./routers/payments";
import { promisedPaymentsRouter } from "./routers/promised-payments";
import { autopayRouter } from "./routers/autopay";
import { noticesRouter } from "./routers/notices";
import { hintsRouter } from "./routers/hints";
import { chatRouter } from "./routers/chat";
import { workspaceRouter } from "./routers/workspace";
import { metricsRouter } from "./routers/metrics";
import { followUpsRouter } from "./routers/follow-ups";
import { collectionsRouter } from "./routers/collections";
import { reviewPlatformsRouter } from "./routers/review-platforms";
import { reportsRouter } from "./routers/reports";
import { bannersRouter } from "./routers/banners";
import { cannedRouter } from "./routers/canned";
import { bannerFunnelRouter } from "./routers/banner-funnel";
import { channelsRouter } from "./routers/channels";
import { devMessengerRouter } from "./routers/dev-messenger";
import { catalogueRouter } from "./routers/catalogue";
import { knowledgeRouter } from "./routers/knowledge";
import { selfServiceSurveyRouter } from "./routers/self-service-survey";

export const appRouter = createTRPCRouter({
  account: accountRouter,
  devOutbox: devOutboxRouter,
  recovery: recoveryRouter,
  help: helpRouter,
  helpAdmin: helpAdminRouter,
  botLearning: botLearningRouter,
  preferences: preferencesRouter,
  staff: staffRouter,
  tariffs: tariffsRouter,
  options: optionsRouter,
  payments: paymentsRouter,
  promisedPayments: promisedPaymentsRouter,
  autopay: autopayRouter,
  notices: noticesRouter,
  hints: hintsRouter,
  chat: chatRouter,
  workspace: workspaceRouter,
  metrics: metricsRouter,
  followUps: followUpsRouter,
  selfServiceSurvey: selfServiceSurveyRouter,
  collections: collectionsRouter,
  reviewPlatforms: reviewPlatformsRouter,
  reports: reportsRouter,
  banners: bannersRouter,
  canned: cannedRouter,
  bannerFunnel: bannerFunnelRouter,
  channels: channelsRouter,
  devMessenger: devMessengerRouter,
  catalogue: catalogueRouter,
  knowledge: knowledgeRouter,
});

export type AppRouter = typeof appRouter;

/** Calls procedures in-process: server components and integration tests. */
export const createCaller = createCallerFactory(appRouter);
