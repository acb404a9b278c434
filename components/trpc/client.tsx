"use client";

import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { createTRPCContext } from "@trpc/tanstack-react-query";
import { useState, type ComponentType, type ReactNode } from "react";
import type { AppRouter } from "@/server/api/root";
import { trpcClient } from "./vanilla-client";

export const { TRPCProvider, useTRPC } = createTRPCContext<AppRouter>();

const newQueryClient = () => new QueryClient({ defaultOptions: { queries: { staleTime: 30_000, retry: 1 } } });
let browserQueryClient: QueryClient | undefined;

/**
 * React Query over tRPC for the client components below, where they read data through it. Not in the root layout: the
 * staff layout provides it, and so do the chat widget and the subscriber's preview dialogs, fetched on demand
 * (components/trpc/provider-coverage.test.ts checks). Subscriber and recovery forms only send: useApiMutation.
 * In the browser they all share one query cache, so the chat and the page see each other's updates; on the server
 * each render gets its own, never another reader's.
 */
export function TrpcReactProvider({ children }: { children: ReactNode }) {
  const [queryClient] = useState(() =>
    typeof window === "undefined" ? newQueryClient() : (browserQueryClient ??= newQueryClient()),
  );
  return (
    <QueryClientProvider client={queryClient}>
      <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
        {children}
      </TRPCProvider>
    </QueryClientProvider>
  );
}

/** A component fetched on demand that reads through React Query, wrapped in the provider it brings along. */
export function withTrpcProvider<P extends object>(Component: ComponentType<P>) {
  return function WithTrpcProvider(props: P) {
    return (
      <TrpcReactProvider>
        <Component {...props} />
      </TrpcReactProvider>
    );
  };
}
