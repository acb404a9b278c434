import type { ReactNode } from "react";
import { requireStaffWithRole } from "@/server/auth/session";

export const dynamic = "force-dynamic";

/** Every admin route is staff-only; each page checks its own roles as well. */
export default async function AdminLayout({ children }: { children: ReactNode }) {
  await requireStaffWithRole("/admin");
  return <>{children}</>;
}
