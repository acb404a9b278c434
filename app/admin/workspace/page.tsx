import type { Metadata } from "next";
import { OperatorWorkspace } from "@/components/workspace/operator-workspace";
import { requireStaffWithRole } from "@/server/auth/session";
import { createServerCaller } from "@/server/api/server-caller";
import { getTranslator } from "@/i18n/server";
import { ClientMessages } from "@/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("workspace.title") };
}

export default async function ChatsPage() {
  await requireStaffWithRole("/admin/workspace", ["OPERATOR", "SUPERVISOR"]);
  const initial = await (await createServerCaller()).workspace.overview();
  return (
    <ClientMessages namespaces={["workspace", "chat", "account", "ledger", "codes", "delivery", "knowledge"]}>
      <OperatorWorkspace initial={initial} />
    </ClientMessages>
  );
}
