import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, testDbLabel, type TestDb } from "@/server/testing/test-db";
import {
  CREDITS_DAY,
  CREDITS_NOW,
  CREDITS_SLA_SECONDS,
  seedOperatorCredits,
} from "@/server/testing/operator-credits.fixture";
import { metricQueries } from "./metric-queries";
import { metricsRangeOf } from "./metrics-range";

let testDb: TestDb;
let seeded: Awaited<ReturnType<typeof seedOperatorCredits>>;
const range = metricsRangeOf({ from: CREDITS_DAY, to: CREDITS_DAY }, CREDITS_SLA_SECONDS, CREDITS_NOW);

beforeAll(async () => {
  testDb = await createTestDb();
  seeded = await seedOperatorCredits(testDb.db);
});
afterAll(() => testDb.close());

// See operator-credits.fixture.ts for chats A–E; seconds count from each chat's entry into the queue.
describe(`per-operator metrics after transfers and re-offers (${testDbLabel()})`, () => {
  it("records who answered first, who held the chat when it was rated and when it became missed", async () => {
    const { anna, boris, vera, chats } = seeded;
    const rows = await testDb.db.chat.findMany({
      where: { id: { in: Object.values(chats) } },
      select: { id: true, firstResponderId: true, missedById: true, passedOverIds: true, rating: true },
    });
    const byId = new Map(rows.map((row) => [row.id, row]));
    const of = (id: string) => {
      const row = byId.get(id)!;
      return [row.firstResponderId, row.missedById, row.passedOverIds, row.rating?.operatorId ?? null];
    };
    expect(of(chats.a)).toEqual([anna.id, null, [], boris.id]);
    expect(of(chats.b)).toEqual([anna.id, vera.id, [vera.id], anna.id]);
    expect(of(chats.c)).toEqual([boris.id, boris.id, [], boris.id]);
    expect(of(chats.d)).toEqual([boris.id, null, [], boris.id]);
    expect(of(chats.e)).toEqual([null, anna.id, [], null]);
  });

  it("credits each figure to the operator who did that part of the chat", async () => {
    const { anna, boris, vera } = seeded;
    expect(await metricQueries.perOperator(testDb.db, range)).toEqual([
      {
        staffId: anna.id,
        fullName: "Анна Первая",
        isActive: true,
        chats: 2, // B and E, which she closed or held at the end; A went on to Boris
        rated: 1, // B: 2
        averageScore: 2,
        csat: 0,
        averageCes: null, // this fixture asks the CSI question only
        fcr: null,
        averageFirstResponseSeconds: 50, // A 20 (she answered before handing it on), B 80: (20 + 80) / 2
        averageHandlingSeconds: 122.5, // B 70 → 300 = 230 (not Vera's 5 → 66), E 5 → 20 = 15: 245 / 2
        missed: 1, // E ended unanswered while she held it; B's miss is Vera's
      },
      {
        staffId: boris.id,
        fullName: "Борис Второй",
        isActive: true,
        chats: 3, // A, C, D
        rated: 3, // A 5, C 3, D 4
        averageScore: 4,
        csat: 2 / 3,
        averageCes: null, // this fixture asks the CSI question only
        fcr: null,
        averageFirstResponseSeconds: 77.5, // C 90, D 65; A was Anna's answer
        averageHandlingSeconds: 200, // A 100 → 400 = 300 (from his own take), C 30 → 210 = 180, D 62 → 182 = 120
        missed: 1, // C: silent when the SLA ran out; D was missed in the queue, before he took it
      },
      {
        staffId: vera.id,
        fullName: "Вера Третья",
        isActive: true,
        chats: 0,
        rated: 0,
        averageScore: null,
        csat: null,
        averageCes: null, // this fixture asks the CSI question only
        fcr: null,
        averageFirstResponseSeconds: null,
        averageHandlingSeconds: null,
        missed: 1, // B: held it past the SLA without a word, then passed over
      },
    ]);
  });

  it("keeps counting every chat once in the overall figures", async () => {
    expect(await metricQueries.summary(testDb.db, range)).toMatchObject({
      chats: 5,
      escalated: 5,
      missed: 4, // B 80 s, C 90 s, D 65 s past the SLA; E ended unanswered
      rated: 4,
      averageScore: 3.5, // 5, 2, 3, 4
      csat: 0.5,
    });
    // A 20, B 80, C 90, D 65 s from the queue.
    expect(await metricQueries.firstResponse(testDb.db, range)).toMatchObject({ chats: 4, averageSeconds: 63.75 });
    // From the first take: A 10 → 400 = 390, B 5 → 300 = 295, C 180, D 120, E 15; 1000 / 5.
    expect(await metricQueries.handling(testDb.db, range)).toMatchObject({ chats: 5, averageSeconds: 200 });
  });
});
