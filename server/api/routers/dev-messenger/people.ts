import { publicProcedure } from "@/server/api/trpc";
import { DEMO_PEOPLE, simulatorEnabled } from "@/server/channels/telegram/messenger-simulator";
import { AppError } from "@/server/domain/errors";

/** Demo mode only (NOT_FOUND otherwise): the demo contacts one may write to the bot as. */
export const people = publicProcedure.query(() => {
  if (!simulatorEnabled()) throw new AppError("NOT_FOUND");
  return DEMO_PEOPLE.map((p) => ({ id: p.id, name: [p.firstName, p.lastName].filter(Boolean).join(" ") }));
});
