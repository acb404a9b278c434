import type { Metadata } from "next";
import { OperatorWorkspace } from "@/components/workspace/operator-workspace";
import { requireStaffWithRole } from "@/server/auth/session";
import { createServerCaller } from "@/server/api/server-caller";
import { getTranslator } from "@/server/i18n";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("workspace.title") };
}

export default async function ChatsPage() {
  await requireStaffWithRole("/admin/chats", ["OPERATOR", "SUPERVISOR"]);
  const initial = await (await createServerCaller()).operatorChats.workspace();
  return <OperatorWorkspace initial={initial} />;
}
