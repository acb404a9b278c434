import type { Metadata } from "next";
import { OptionEditorPage } from "@/components/catalogue/option-editor-page";
import { requireStaffWithRole } from "@/server/auth/session";
import { getTranslator } from "@/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("catalogue.options.newTitle") };
}

export default async function NewOptionPage() {
  await requireStaffWithRole("/admin/options/new", ["ADMIN"]);
  return <OptionEditorPage optionId={null} />;
}
