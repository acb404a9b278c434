import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, testDbLabel, type TestDb } from "@/server/testing/test-db";
import { createStaff, createSubscriber, subscriberPrincipal, testContext } from "@/server/testing/fixtures";
import { createCaller } from "@/server/api/root";

let testDb: TestDb;

beforeAll(async () => {
  testDb = await createTestDb();
});
afterAll(() => testDb.close());

async function banner(status: "ACTIVE" | "PAUSED") {
  return testDb.db.banner.create({
    data: {
      title: "Домашний интернет",
      text: "500 Мбит/с",
      ctaLabel: "Подключить",
      topic: "Домашний интернет 500",
      placement: "LANDING_HERO",
      audience: { kind: "VISITORS" },
      startsAt: new Date(Date.now() - 3_600_000),
      endsAt: new Date(Date.now() + 3_600_000),
      status,
    },
  });
}

describe(`sales chats from banners (${testDbLabel()})`, () => {
  it("opens straight in the queue with the banner's own topic and link, whatever topic the client sent", async () => {
    const offer = await banner("ACTIVE");
    const account = await createSubscriber(testDb.db);
    const chat = await createCaller(testContext(testDb.db, subscriberPrincipal(account))).chat.start({
      kind: "SALES",
      bannerId: offer.id,
      topic: "<b>подмена</b>",
    });
    expect(chat).toMatchObject({ state: "QUEUED", kind: "SALES" });
    const stored = await testDb.db.chat.findUniqueOrThrow({ where: { id: chat.id } });
    expect(stored).toMatchObject({ bannerId: offer.id, topic: "Домашний интернет 500" });
    expect(stored.context).toMatchObject({ bannerTopic: "Домашний интернет 500" });
  });

  it("does not link an unknown or paused banner, and still opens the chat", async () => {
    const paused = await banner("PAUSED");
    for (const bannerId of [paused.id, "no-such-banner"]) {
      const ctx = {
        ...testContext(testDb.db, null),
        visitorSessionKey: `00000000-0000-4000-8000-${bannerId.length.toString().padStart(12, "0")}`,
      };
      const chat = await createCaller(ctx).chat.start({ kind: "SALES", bannerId, topic: "Роуминг" });
      expect(await testDb.db.chat.findUniqueOrThrow({ where: { id: chat.id } })).toMatchObject({
        bannerId: null,
        topic: "Роуминг",
      });
    }
  });

  it("is given at once to an online operator with the sales skill", async () => {
    // Only this test's chat waits.
    await testDb.db.chat.updateMany({ where: { state: "QUEUED" }, data: { state: "CLOSED", closedAt: new Date() } });
    const seller = await createStaff(testDb.db, ["OPERATOR"]);
    await testDb.db.staffUser.update({
      where: { id: seller.id },
      data: { skills: ["sales"], presence: "ONLINE", presenceSeenAt: new Date() },
    });
    const plain = await createStaff(testDb.db, ["OPERATOR"]);
    await testDb.db.staffUser.update({
      where: { id: plain.id },
      data: { presence: "ONLINE", presenceSeenAt: new Date() },
    });
    const offer = await banner("ACTIVE");
    const account = await createSubscriber(testDb.db);
    const chat = await createCaller(testContext(testDb.db, subscriberPrincipal(account))).chat.start({
      kind: "SALES",
      bannerId: offer.id,
    });
    expect(await testDb.db.chat.findUniqueOrThrow({ where: { id: chat.id } })).toMatchObject({
      state: "ASSIGNED",
      operatorId: seller.id,
    });
  });
});
