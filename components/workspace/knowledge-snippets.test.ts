import { describe, expect, it } from "vitest";
import { createTranslator } from "@/i18n/translator";
import { articleSnippet, optionSnippet, tariffSnippet } from "./knowledge-snippets";

const t = createTranslator("ru");
const option = {
  id: "o1",
  name: "Роуминг: Европа",
  connectionFee: 10_000,
  monthlyFee: 29_900,
  exclusiveGroup: "roaming",
  isArchived: false,
  compatibleTariffs: ["Смарт", "Максимум"],
  includedInTariffs: ["Максимум"],
};

describe("knowledge panel snippets", () => {
  it("puts an option's real fees, tariffs and group into one sentence", () => {
    const text = optionSnippet(t, option, "ru");
    expect(text.replace(/\u00a0/g, " ")).toBe(
      "Опция «Роуминг: Европа»: 299 ₽ в месяц, подключение 100 ₽. Подключается на тарифах: Смарт, Максимум." +
        " Уже входит в тарифы: Максимум. Одновременно действует только одна опция группы «roaming».",
    );
    expect(
      optionSnippet(t, { ...option, compatibleTariffs: [], includedInTariffs: [], exclusiveGroup: null }, "ru"),
    ).toContain("Подключается на любом тарифе.");
  });

  it("tells a tariff's fee now and the one scheduled", () => {
    const tariff = {
      id: "t1",
      name: "Смарт",
      monthlyFee: 50_000,
      nextFee: { monthlyFee: 55_000, effectiveFrom: new Date("2027-01-01T00:00:00+03:00") },
      includedMinutes: 300,
      includedMb: 10_240,
      includedSms: 100,
      isArchived: false,
    };
    expect(tariffSnippet(t, tariff, "ru").replace(/\u00a0/g, " ")).toBe(
      "Тариф «Смарт»: 500 ₽ в месяц, в пакете 300 мин, 10 ГБ, 100 SMS. С 1 января 2027 г. плата 550 ₽ в месяц.",
    );
  });

  it("links an article by its public address", () => {
    expect(articleSnippet(t, { title: "Роуминг", slug: "roaming-europe" }, "https://portal.example")).toBe(
      "Роуминг: https://portal.example/help/roaming-europe",
    );
  });
});
