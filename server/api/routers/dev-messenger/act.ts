import { z } from "zod";
import { publicProcedure } from "@/server/api/trpc";
import { actInSimulatedChat } from "@/server/channels/telegram/messenger-simulator";
import { MAX_IMAGE_BYTES } from "@/server/domain/chat/chat-image-limits";

const action = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("text"), text: z.string().trim().min(1).max(4096) }),
  z.object({
    kind: z.literal("photo"),
    base64: z
      .string()
      .min(1)
      .max(Math.ceil((MAX_IMAGE_BYTES * 4) / 3) + 4),
    caption: z.string().max(1024),
  }),
  z.object({ kind: z.literal("press"), messageId: z.number().int().positive(), data: z.string().min(1).max(64) }),
]);

/** Demo mode only: the contact writes, sends a photo or presses a button; it reaches our webhook as from Telegram. */
export const act = publicProcedure
  .input(z.object({ contactId: z.number().int().positive(), action }))
  .mutation(({ input }) => actInSimulatedChat(input.contactId, input.action));
