import { createTRPCRouter } from "@/server/api/trpc";
import { add } from "./add";
import { list } from "./list";
import { remove } from "./remove";

/** The public review platforms promoters are invited to: administrators set them. */
export const reviewPlatformsRouter = createTRPCRouter({ list, add, remove });
