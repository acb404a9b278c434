import type { ReactNode } from "react";
import { TrpcReactProvider } from "@/components/trpc/client";

/** Both steps of password recovery call the API (request a code, confirm it). */
export default function RecoverLayout({ children }: { children: ReactNode }) {
  return <TrpcReactProvider>{children}</TrpcReactProvider>;
}
