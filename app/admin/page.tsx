import type { Metadata } from "next";
import { StaffHome } from "@/components/admin/staff-home";
import { requireStaffWithRole } from "@/server/auth/session";
import { createServerCaller } from "@/server/api/server-caller";
import { getTranslator } from "@/i18n/server";
import { ClientMessages } from "@/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("admin.title") };
}

export default async function AdminHomePage() {
  await requireStaffWithRole("/admin");
  const overview = await (await createServerCaller()).staff.home();
  return (
    <ClientMessages namespaces={["admin"]}>
      <StaffHome overview={overview} />
    </ClientMessages>
  );
}
