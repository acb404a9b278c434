import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, testDbLabel, type TestDb } from "@/server/testing/test-db";
import {
  createStaff,
  createSubscriber,
  createTariff,
  staffPrincipal,
  subscriberPrincipal,
  testContext,
} from "@/server/testing/fixtures";
import { seedHelpCentre } from "@/prisma/seed/help-centre";
import { createCaller } from "@/server/api/root";
import type { Principal, StaffPrincipal } from "@/server/auth/principal";
import { createOption } from "@/server/domain/catalogue/save-option";
import { updateTariff } from "@/server/domain/catalogue/update-tariff";
import { searchCatalogue } from "./search-catalogue";

let testDb: TestDb;
let operator: Principal;
let optionId: string;
let tariffId: string;
const as = (principal: Principal) => createCaller(testContext(testDb.db, principal));

beforeAll(async () => {
  testDb = await createTestDb();
  await seedHelpCentre(testDb.db);
  const admin = staffPrincipal(await createStaff(testDb.db, ["ADMIN"])) as StaffPrincipal;
  operator = staffPrincipal(await createStaff(testDb.db, ["OPERATOR"]));
  const tariff = await createTariff(testDb.db, { monthlyFee: 50_000 });
  tariffId = tariff.id;
  await createTariff(testDb.db);
  optionId = (
    await createOption(testDb.db, admin, {
      code: "roaming-europe",
      name: "Роуминг: Европа",
      nameEn: "Roaming: Europe",
      description: "Интернет и звонки в поездках по Европе",
      descriptionEn: "Data and calls while travelling in Europe",
      connectionFee: 10_000,
      monthlyFee: 29_900,
      exclusiveGroup: "roaming",
      compatibleTariffIds: [tariff.id],
      includedInTariffIds: [],
    })
  ).id;
  await updateTariff(
    testDb.db,
    admin,
    {
      tariffId,
      version: 0,
      name: tariff.name,
      nameEn: tariff.nameEn,
      description: tariff.description,
      descriptionEn: tariff.descriptionEn,
      monthlyFee: 55_000,
      includedMinutes: tariff.includedMinutes,
      includedMb: tariff.includedMb,
      includedSms: tariff.includedSms,
      feeEffectiveFrom: "2099-01-01",
    },
    new Date(),
  );
});
afterAll(() => testDb.close());

describe(`operator knowledge panel (${testDbLabel()})`, () => {
  it("finds an option by another form of the word, with its real fees and compatible tariffs", async () => {
    const found = await as(operator).knowledge.search({ query: "роуминга в европе" });
    const tariff = await testDb.db.tariff.findUniqueOrThrow({ where: { id: tariffId } });
    expect(found.options).toEqual([
      {
        id: optionId,
        name: "Роуминг: Европа",
        connectionFee: 10_000,
        monthlyFee: 29_900,
        exclusiveGroup: "roaming",
        isArchived: false,
        compatibleTariffs: [tariff.name],
        includedInTariffs: [],
      },
    ]);
    expect(found.articles.length).toBeGreaterThan(0);
    expect(found.articles[0]!.title.toLowerCase()).toContain("роуминг");
  });

  it("shows a tariff's fee in force now and the scheduled one", async () => {
    const tariff = await testDb.db.tariff.findUniqueOrThrow({ where: { id: tariffId } });
    const found = await searchCatalogue(testDb.db, { query: tariff.name, locale: "ru" });
    expect(found.tariffs[0]).toMatchObject({
      id: tariffId,
      monthlyFee: 50_000,
      nextFee: { monthlyFee: 55_000, effectiveFrom: new Date("2098-12-31T21:00:00Z") },
    });
    expect(await searchCatalogue(testDb.db, { query: "   ", locale: "ru" })).toEqual({ tariffs: [], options: [] });
  });

  it("treats wildcards in the query as text", async () => {
    expect((await searchCatalogue(testDb.db, { query: "%", locale: "ru" })).options).toEqual([]);
  });

  it("suggests articles from the subscriber's last message to the chat's operator", async () => {
    const owner = subscriberPrincipal(await createSubscriber(testDb.db));
    const chat = await as(owner).chat.start({ kind: "SUPPORT" });
    await as(owner).chat.send({ chatId: chat.id, text: "Позовите оператора", clientId: "knowledge-0001" });
    await as(operator).workspace.take({ chatId: chat.id });
    await as(owner).chat.send({ chatId: chat.id, text: "Как подключить роуминг?", clientId: "knowledge-0002" });
    const suggested = await as(operator).knowledge.suggest({ chatId: chat.id });
    expect(suggested.question).toBe("Как подключить роуминг?");
    expect(suggested.articles.length).toBeGreaterThan(0);
    expect(suggested.articles.some((a) => a.title.toLowerCase().includes("роуминг"))).toBe(true);
    const another = staffPrincipal(await createStaff(testDb.db, ["OPERATOR"]));
    await expect(as(another).knowledge.suggest({ chatId: chat.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
