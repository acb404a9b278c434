import { createTRPCContext } from "@/server/api/context";
import { answerTrpc } from "@/server/http/trpc-endpoint";

export const dynamic = "force-dynamic";

// `npm start` answers these calls in its own server before Next sees them (server/cli/app-front.ts); this route
// serves `next dev`, with the same checks (server/http/trpc-endpoint.ts).
const handler = (req: Request) => answerTrpc(req, createTRPCContext);

export { handler as GET, handler as POST };
