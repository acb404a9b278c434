import { createCallerFactory, createTRPCRouter } from "./trpc";
import { accountRouter } from "./routers/account";
import { preferencesRouter } from "./routers/preferences";
import { staffRouter } from "./routers/staff";

export const appRouter = createTRPCRouter({
  account: accountRouter,
  preferences: preferencesRouter,
  staff: staffRouter,
});

export type AppRouter = typeof appRouter;

/** Calls procedures in-process: server components and integration tests. */
export const createCaller = createCallerFactory(appRouter);
