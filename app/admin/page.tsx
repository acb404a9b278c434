import type { Metadata } from "next";
import { WorkspaceHome } from "@/components/admin/workspace-home";
import { requireStaffWithRole } from "@/server/auth/session";
import { createServerCaller } from "@/server/api/server-caller";
import { getTranslator } from "@/server/i18n";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("admin.title") };
}

export default async function AdminHomePage() {
  await requireStaffWithRole("/admin");
  const overview = await (await createServerCaller()).staff.workspace();
  return <WorkspaceHome overview={overview} />;
}
