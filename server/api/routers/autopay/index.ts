import { createTRPCRouter } from "@/server/api/trpc";
import { state } from "./state";
import { saveMethod } from "./save-method";
import { save } from "./save";
import { switchOff } from "./switch-off";
import { removeMethod } from "./remove-method";

export const autopayRouter = createTRPCRouter({ state, saveMethod, save, switchOff, removeMethod });
