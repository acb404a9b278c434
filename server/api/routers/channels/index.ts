import { createTRPCRouter } from "@/server/api/trpc";
import { connect } from "./connect";
import { list } from "./list";
import { setEnabled } from "./set-enabled";
import { testConnection } from "./test-connection";

export const channelsRouter = createTRPCRouter({ list, connect, testConnection, setEnabled });
