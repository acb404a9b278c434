import type { inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "@/server/api/root";

type Outputs = inferRouterOutputs<AppRouter>;
export type WorkspaceView = Outputs["workspace"]["overview"];
export type ChatDetailsView = Outputs["workspace"]["details"];
export type ChatTab = WorkspaceView["myChats"][number];
