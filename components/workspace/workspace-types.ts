import type { inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "@/server/api/root";

type Outputs = inferRouterOutputs<AppRouter>;
export type WorkspaceView = Outputs["operatorChats"]["workspace"];
export type ChatDetailsView = Outputs["operatorChats"]["details"];
export type ChatTab = WorkspaceView["myChats"][number];
