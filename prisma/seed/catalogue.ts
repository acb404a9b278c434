// Tariffs and options of the demo operator. Money in kopecks; 1 GB = 1024 MB.
import type { Prisma } from "@/server/generated/prisma/client";
import { OPTIONS, type OptionDef } from "./options";

export type { OptionDef, RoamingZone } from "./options";

const GB = 1024;
/** "Unlimited" internet is stored as a 1 TB fair-use allowance: the column is a plain number. */
export const UNLIMITED_MB = 1024 * GB;

export type TariffKind = "mobile" | "home";

export interface TariffDef {
  code: string;
  kind: TariffKind;
  name: string;
  nameEn: string;
  description: string;
  descriptionEn: string;
  monthlyFee: number;
  includedMinutes: number;
  includedMb: number;
  includedSms: number;
  isArchived?: boolean;
  /** Options that come with the tariff at no extra charge. */
  includes?: string[];
}

export const TARIFFS: TariffDef[] = [
  {
    code: "smart-s",
    kind: "mobile",
    name: "Смарт S",
    nameEn: "Smart S",
    description: "Базовый тариф для звонков и соцсетей: 300 минут, 10 ГБ и 100 SMS в месяц.",
    descriptionEn: "A basic plan for calls and social media: 300 minutes, 10 GB and 100 texts a month.",
    monthlyFee: 450_00,
    includedMinutes: 300,
    includedMb: 10 * GB,
    includedSms: 100,
  },
  {
    code: "smart-m",
    kind: "mobile",
    name: "Смарт M",
    nameEn: "Smart M",
    description: "Самый популярный: 600 минут, 25 ГБ и 300 SMS, безлимитные мессенджеры включены.",
    descriptionEn: "Our most popular plan: 600 minutes, 25 GB and 300 texts, unlimited messengers included.",
    monthlyFee: 650_00,
    includedMinutes: 600,
    includedMb: 25 * GB,
    includedSms: 300,
    includes: ["messengers-unlimited"],
  },
  {
    code: "smart-l",
    kind: "mobile",
    name: "Смарт L",
    nameEn: "Smart L",
    description: "Для тех, кто всегда на связи: 1200 минут, 50 ГБ, 500 SMS, мессенджеры и роуминг по России включены.",
    descriptionEn:
      "For people who are always online: 1200 minutes, 50 GB, 500 texts, messengers and domestic roaming included.",
    monthlyFee: 950_00,
    includedMinutes: 1200,
    includedMb: 50 * GB,
    includedSms: 500,
    includes: ["messengers-unlimited", "roaming-russia"],
  },
  {
    code: "unlimited",
    kind: "mobile",
    name: "Безлимит",
    nameEn: "Unlimited",
    description:
      "Безлимитный интернет, 3000 минут и 1000 SMS. Мессенджеры, роуминг по России, «Кто звонил» и «Музыка» включены.",
    descriptionEn:
      "Unlimited internet, 3000 minutes and 1000 texts. Messengers, domestic roaming, Missed Calls and Music included.",
    monthlyFee: 1500_00,
    includedMinutes: 3000,
    includedMb: UNLIMITED_MB,
    includedSms: 1000,
    includes: ["messengers-unlimited", "roaming-russia", "caller-id", "music"],
  },
  {
    code: "senior",
    kind: "mobile",
    name: "Серебряный",
    nameEn: "Silver",
    description: "Тариф для пенсионеров: 500 минут, 3 ГБ и 100 SMS, «Кто звонил» и «Семейный номер» включены.",
    descriptionEn: "A plan for pensioners: 500 minutes, 3 GB and 100 texts, Missed Calls and Family Number included.",
    monthlyFee: 350_00,
    includedMinutes: 500,
    includedMb: 3 * GB,
    includedSms: 100,
    includes: ["caller-id", "family-number"],
  },
  {
    code: "home-100",
    kind: "home",
    name: "Домашний 100",
    nameEn: "Home 100",
    description: "Домашний интернет до 100 Мбит/с без ограничения трафика.",
    descriptionEn: "Home internet up to 100 Mbit/s with no traffic limit.",
    monthlyFee: 550_00,
    includedMinutes: 0,
    includedMb: UNLIMITED_MB,
    includedSms: 0,
  },
  {
    code: "home-500",
    kind: "home",
    name: "Домашний 500",
    nameEn: "Home 500",
    description: "Домашний интернет до 500 Мбит/с без ограничения трафика и «Домашнее ТВ» в подарок.",
    descriptionEn: "Home internet up to 500 Mbit/s with no traffic limit, Home TV included.",
    monthlyFee: 850_00,
    includedMinutes: 0,
    includedMb: UNLIMITED_MB,
    includedSms: 0,
    includes: ["home-tv"],
  },
  {
    code: "classic-2019",
    kind: "mobile",
    name: "Классический (архив)",
    nameEn: "Classic (archived)",
    description: "Архивный тариф 2019 года: 200 минут, 2 ГБ и 50 SMS. Недоступен для подключения.",
    descriptionEn: "An archived 2019 plan: 200 minutes, 2 GB and 50 texts. Closed to new connections.",
    monthlyFee: 300_00,
    includedMinutes: 200,
    includedMb: 2 * GB,
    includedSms: 50,
    isArchived: true,
  },
];

export interface Catalogue {
  tariffs: Map<string, TariffDef & { id: string }>;
  options: Map<string, OptionDef & { id: string }>;
  /** Option codes allowed on a tariff code (empty compatibility list = every tariff). */
  isCompatible(optionCode: string, tariffCode: string): boolean;
  isIncluded(optionCode: string, tariffCode: string): boolean;
}

function compatibleTariffCodes(option: OptionDef): string[] | null {
  if (!option.compatible) return null;
  return TARIFFS.filter((t) => option.compatible?.includes(t.kind) || option.compatible?.includes(t.code)).map(
    (t) => t.code,
  );
}

export function buildCatalogue(newId: () => string): Catalogue {
  const tariffs = new Map(TARIFFS.map((t) => [t.code, { ...t, id: newId() }]));
  const options = new Map(OPTIONS.map((o) => [o.code, { ...o, id: newId() }]));
  const compat = new Map(OPTIONS.map((o) => [o.code, compatibleTariffCodes(o)]));
  return {
    tariffs,
    options,
    isCompatible(optionCode, tariffCode) {
      const allowed = compat.get(optionCode);
      return allowed === null || (allowed?.includes(tariffCode) ?? false);
    },
    isIncluded: (optionCode, tariffCode) => tariffs.get(tariffCode)?.includes?.includes(optionCode) ?? false,
  };
}

export async function insertCatalogue(tx: Prisma.TransactionClient, catalogue: Catalogue, catalogueDate: Date) {
  const tariffs = [...catalogue.tariffs.values()];
  const options = [...catalogue.options.values()];
  await tx.tariff.createMany({
    data: tariffs.map((t, i) => ({
      id: t.id,
      code: t.code,
      name: t.name,
      nameEn: t.nameEn,
      description: t.description,
      descriptionEn: t.descriptionEn,
      monthlyFee: t.monthlyFee,
      includedMinutes: t.includedMinutes,
      includedMb: t.includedMb,
      includedSms: t.includedSms,
      isArchived: t.isArchived ?? false,
      sortOrder: (i + 1) * 10,
      createdAt: catalogueDate,
    })),
  });
  await tx.option.createMany({
    data: options.map((o, i) => ({
      id: o.id,
      code: o.code,
      name: o.name,
      nameEn: o.nameEn,
      description: o.description,
      descriptionEn: o.descriptionEn,
      connectionFee: o.connectionFee,
      monthlyFee: o.monthlyFee,
      exclusiveGroup: o.exclusiveGroup ?? null,
      extraMb: o.extraMb ?? 0,
      sortOrder: (i + 1) * 10,
      createdAt: catalogueDate,
    })),
  });
  const compatibility: Prisma.OptionCompatibilityCreateManyInput[] = [];
  for (const o of options) {
    const codes = compatibleTariffCodes(o);
    for (const code of codes ?? []) {
      const tariff = catalogue.tariffs.get(code);
      if (tariff) compatibility.push({ optionId: o.id, tariffId: tariff.id });
    }
  }
  await tx.optionCompatibility.createMany({ data: compatibility });
  const included: Prisma.TariffIncludedOptionCreateManyInput[] = [];
  for (const t of tariffs) {
    for (const code of t.includes ?? []) {
      const option = catalogue.options.get(code);
      if (!option) throw new Error(`Tariff ${t.code} includes unknown option ${code}`);
      included.push({ tariffId: t.id, optionId: option.id });
    }
  }
  await tx.tariffIncludedOption.createMany({ data: included });
  return { tariffs: tariffs.length, options: options.length };
}
