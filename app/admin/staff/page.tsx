import type { Metadata } from "next";
import { StaffTable } from "@/components/admin/staff-table";
import { requireStaffWithRole } from "@/server/auth/session";
import { createServerCaller } from "@/server/api/server-caller";
import { getTranslator } from "@/i18n/server";
import { ClientMessages } from "@/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("admin.sections.staff") };
}

export default async function StaffPage() {
  const me = await requireStaffWithRole("/admin/staff", ["ADMIN"]);
  const staff = await (await createServerCaller()).staff.list();
  return (
    <ClientMessages namespaces={["staff", "admin"]}>
      <StaffTable staff={staff} meId={me.staffId} />
    </ClientMessages>
  );
}
