import { z } from "zod";
import { publicProcedure } from "@/server/api/trpc";
import { readSimulatedChat } from "@/server/channels/telegram/messenger-simulator";

/** Demo mode only: the contact's chat with the demo bot, as the fake Telegram recorded it. */
export const conversation = publicProcedure
  .input(z.object({ contactId: z.number().int().positive() }))
  .query(({ input }) => readSimulatedChat(input.contactId));
