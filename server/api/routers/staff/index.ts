import { createTRPCRouter } from "@/server/api/trpc";
import { create } from "./create";
import { list } from "./list";
import { setActive } from "./set-active";
import { update } from "./update";
import { home } from "./home";

export const staffRouter = createTRPCRouter({ home, list, create, update, setActive });
