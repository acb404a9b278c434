import { createTRPCClient, httpBatchLink } from "@trpc/client";
import superjson from "superjson";
import type { AppRouter } from "@/server/api/root";

/**
 * The one tRPC client: TrpcReactProvider hands it to React Query, and code that only sends a mutation (the language
 * switch, useApiMutation's forms) imports this module on demand, so its page does not download React Query or this.
 * Stateless: sharing it is safe, unlike a query cache.
 */
export const trpcClient = createTRPCClient<AppRouter>({
  links: [httpBatchLink({ url: "/api/trpc", transformer: superjson })],
});
