import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { OptionEditorPage } from "@/components/catalogue/option-editor-page";
import { requireStaffWithRole } from "@/server/auth/session";
import { getTranslator } from "@/i18n/server";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("catalogue.options.title") };
}

export default async function EditOptionPage({ params }: Props) {
  const { id } = await params;
  await requireStaffWithRole(`/admin/options/${encodeURIComponent(id)}`, ["ADMIN"]);
  return (await OptionEditorPage({ optionId: id })) ?? notFound();
}
