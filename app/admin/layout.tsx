import type { ReactNode } from "react";
import { requireStaffWithRole } from "@/server/auth/session";
import { TrpcReactProvider } from "@/components/trpc/client";

export const dynamic = "force-dynamic";

/** Every admin route is staff-only; each page checks its own roles as well. The staff pages all call the API. */
export default async function AdminLayout({ children }: { children: ReactNode }) {
  await requireStaffWithRole("/admin");
  return <TrpcReactProvider>{children}</TrpcReactProvider>;
}
