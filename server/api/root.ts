import { createCallerFactory, createTRPCRouter } from "./trpc";
import { accountRouter } from "./routers/account";
import { preferencesRouter } from "./routers/preferences";
import { staffRouter } from "./routers/staff";
import { tariffsRouter } from "./routers/tariffs";
import { optionsRouter } from "./routers/options";
import { hintsRouter } from "./routers/hints";

export const appRouter = createTRPCRouter({
  account: accountRouter,
  preferences: preferencesRouter,
  staff: staffRouter,
  tariffs: tariffsRouter,
  options: optionsRouter,
  hints: hintsRouter,
});

export type AppRouter = typeof appRouter;

/** Calls procedures in-process: server components and integration tests. */
export const createCaller = createCallerFactory(appRouter);
