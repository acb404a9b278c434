import type { Metadata } from "next";
import { OptionLists } from "@/components/options/option-lists";
import { BannerSlot } from "@/components/banners/banner-slot";
import { requireSubscriber } from "@/server/auth/session";
import { createServerCaller } from "@/server/api/server-caller";
import { getTranslator } from "@/i18n/server";
import { ClientMessages } from "@/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("options.title") };
}

export default async function OptionsPage() {
  await requireSubscriber("/account/options");
  const options = await (await createServerCaller()).options.list();
  return (
    <ClientMessages namespaces={["options", "tariffs", "hints"]}>
      <div className="space-y-6">
        <BannerSlot placement="OPTIONS_PAGE" />
        <OptionLists options={options} />
      </div>
    </ClientMessages>
  );
}
