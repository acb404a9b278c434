import { createTRPCRouter } from "@/server/api/trpc";
import { article } from "./article";
import { categories } from "./categories";
import { currentSlug } from "./current-slug";
import { search } from "./search";

export const helpRouter = createTRPCRouter({ search, article, categories, currentSlug });
