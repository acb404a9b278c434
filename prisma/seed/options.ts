// The options (add-on services) of the demo operator. Money in kopecks.
import type { TariffKind } from "./catalogue";

export interface OptionDef {
  code: string;
  name: string;
  nameEn: string;
  description: string;
  descriptionEn: string;
  connectionFee: number;
  monthlyFee: number;
  exclusiveGroup?: string;
  /** Tariff kinds or tariff codes it works with; absent = every tariff (no compatibility rows). */
  compatible?: Array<TariffKind | string>;
  /** Extra internet it adds to the monthly allowance. */
  extraMb?: number;
  /** Roaming zone it covers. */
  roamingZone?: RoamingZone;
}

export type RoamingZone = "europe" | "cis" | "world";

export const OPTIONS: OptionDef[] = [
  {
    code: "messengers-unlimited",
    name: "Безлимитные мессенджеры",
    nameEn: "Unlimited messengers",
    description: "WhatsApp, Telegram и другие мессенджеры не расходуют пакет интернета.",
    descriptionEn: "WhatsApp, Telegram and other messengers do not use your data allowance.",
    connectionFee: 0,
    monthlyFee: 99_00,
    compatible: ["mobile"],
  },
  {
    code: "roaming-russia",
    name: "Роуминг по России",
    nameEn: "Roaming in Russia",
    description: "Звонки и интернет в поездках по России по домашним ценам.",
    descriptionEn: "Calls and internet at home prices while travelling in Russia.",
    connectionFee: 0,
    monthlyFee: 50_00,
    compatible: ["mobile"],
  },
  {
    code: "caller-id",
    name: "Кто звонил",
    nameEn: "Missed calls",
    description: "SMS о пропущенных вызовах, пока телефон был выключен или вне сети.",
    descriptionEn: "A text about calls you missed while your phone was off or out of coverage.",
    connectionFee: 0,
    monthlyFee: 49_00,
    compatible: ["mobile"],
  },
  {
    code: "anti-caller-id",
    name: "Антиопределитель",
    nameEn: "Caller ID block",
    description: "Скрывает ваш номер при исходящих звонках.",
    descriptionEn: "Hides your number on outgoing calls.",
    connectionFee: 50_00,
    monthlyFee: 60_00,
    compatible: ["mobile"],
  },
  {
    code: "music",
    name: "Музыка",
    nameEn: "Music",
    description: "Миллионы треков без рекламы, трафик не расходуется.",
    descriptionEn: "Millions of tracks with no ads, no data used.",
    connectionFee: 0,
    monthlyFee: 199_00,
  },
  {
    code: "parental-control",
    name: "Родительский контроль",
    nameEn: "Parental control",
    description: "Фильтр нежелательных сайтов и геопоиск ребёнка.",
    descriptionEn: "Filters unwanted websites and shows where your child is.",
    connectionFee: 0,
    monthlyFee: 99_00,
  },
  {
    code: "family-number",
    name: "Семейный номер",
    nameEn: "Family number",
    description: "Бесплатные звонки на один выбранный номер нашей сети.",
    descriptionEn: "Free calls to one chosen number on our network.",
    connectionFee: 30_00,
    monthlyFee: 90_00,
    compatible: ["mobile"],
  },
  {
    code: "antivirus",
    name: "Антивирус",
    nameEn: "Antivirus",
    description: "Защита смартфона и компьютера от вирусов и мошеннических сайтов.",
    descriptionEn: "Protects your phone and computer from viruses and scam websites.",
    connectionFee: 0,
    monthlyFee: 129_00,
  },
  {
    code: "extra-internet-5gb",
    name: "Интернет +5 ГБ",
    nameEn: "Internet +5 GB",
    description: "Дополнительные 5 ГБ мобильного интернета каждый месяц.",
    descriptionEn: "An extra 5 GB of mobile data every month.",
    connectionFee: 0,
    monthlyFee: 200_00,
    exclusiveGroup: "internet-pack",
    extraMb: 5 * 1024,
    compatible: ["smart-s", "smart-m", "smart-l", "senior", "classic-2019"],
  },
  {
    code: "extra-internet-20gb",
    name: "Интернет +20 ГБ",
    nameEn: "Internet +20 GB",
    description: "Дополнительные 20 ГБ мобильного интернета каждый месяц.",
    descriptionEn: "An extra 20 GB of mobile data every month.",
    connectionFee: 0,
    monthlyFee: 400_00,
    exclusiveGroup: "internet-pack",
    extraMb: 20 * 1024,
    compatible: ["smart-s", "smart-m", "smart-l"],
  },
  {
    code: "roaming-cis",
    name: "Роуминг: СНГ",
    nameEn: "Roaming: CIS",
    description: "100 минут и 3 ГБ в странах СНГ.",
    descriptionEn: "100 minutes and 3 GB in CIS countries.",
    connectionFee: 0,
    monthlyFee: 390_00,
    exclusiveGroup: "roaming",
    roamingZone: "cis",
    compatible: ["mobile"],
  },
  {
    code: "roaming-europe",
    name: "Роуминг: Европа",
    nameEn: "Roaming: Europe",
    description: "100 минут и 5 ГБ в странах Европы.",
    descriptionEn: "100 minutes and 5 GB in Europe.",
    connectionFee: 0,
    monthlyFee: 590_00,
    exclusiveGroup: "roaming",
    roamingZone: "europe",
    compatible: ["mobile"],
  },
  {
    code: "roaming-world",
    name: "Роуминг: весь мир",
    nameEn: "Roaming: worldwide",
    description: "100 минут и 5 ГБ в 150 странах мира.",
    descriptionEn: "100 minutes and 5 GB in 150 countries.",
    connectionFee: 0,
    monthlyFee: 990_00,
    exclusiveGroup: "roaming",
    roamingZone: "world",
    compatible: ["mobile"],
  },
  {
    code: "static-ip",
    name: "Статический IP",
    nameEn: "Static IP",
    description: "Постоянный внешний IP-адрес для домашнего интернета.",
    descriptionEn: "A permanent public IP address for your home internet.",
    connectionFee: 200_00,
    monthlyFee: 150_00,
    compatible: ["home"],
  },
  {
    code: "home-tv",
    name: "Домашнее ТВ",
    nameEn: "Home TV",
    description: "200 телеканалов на телевизоре и в приложении.",
    descriptionEn: "200 TV channels on your TV set and in the app.",
    connectionFee: 100_00,
    monthlyFee: 299_00,
    compatible: ["home"],
  },
];
