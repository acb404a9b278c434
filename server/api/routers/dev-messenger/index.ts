import { createTRPCRouter } from "@/server/api/trpc";
import { act } from "./act";
import { conversation } from "./conversation";
import { people } from "./people";

export const devMessengerRouter = createTRPCRouter({ people, conversation, act });
