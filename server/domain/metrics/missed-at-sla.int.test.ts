import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, testDbLabel, type TestDb } from "@/server/testing/test-db";
import { createStaff, createSubscriber } from "@/server/testing/fixtures";
import { recordingPublisher } from "@/server/testing/recording-publisher";
import type { StaffUser } from "@/server/generated/prisma/client";
import { startChat } from "@/server/domain/chat/start-chat";
import { escalateChat } from "@/server/domain/chat/escalate-chat";
import { takeChat } from "@/server/domain/chat/take-chat";
import { sendChatMessage } from "@/server/domain/chat/send-message";
import { expireResponseSla } from "@/server/domain/chat/assignment/expire-response-sla";
import { metricQueries } from "./metric-queries";
import { metricsRangeOf } from "./metrics-range";
import { getChatSendLimiter } from "@/server/chat-limiters";

// "Waited past the SLA" (PRODUCT.md): exactly at the SLA is still in time, for the flag, the re-offer and the metric.
const SLA = 60;
const T0 = new Date("2026-07-01T09:00:00Z");
const at = (seconds: number) => new Date(T0.getTime() + seconds * 1000);
const events = recordingPublisher();
let testDb: TestDb;
let operator: StaffUser;

beforeAll(async () => {
  testDb = await createTestDb();
  operator = await createStaff(testDb.db, ["OPERATOR"]);
});
afterAll(() => testDb.close());

async function queuedChat(seconds: number) {
  const account = await createSubscriber(testDb.db);
  const party = { kind: "subscriber", accountId: account.id } as const;
  const chat = await startChat(testDb.db, events, {
    party,
    kind: "SUPPORT",
    channel: "WEB",
    locale: "ru",
    now: at(seconds),
  });
  await escalateChat(testDb.db, events, chat.id, "ASKED", at(seconds));
  return chat.id;
}

const sweep = (now: Date) => expireResponseSla(testDb.db, events, { slaSeconds: SLA, now });
const report = (now: Date) => metricsRangeOf({ from: "2026-07-01", to: "2026-07-01" }, SLA, now);
const flagOf = async (chatId: string) => {
  const chat = await testDb.db.chat.findUniqueOrThrow({ where: { id: chatId }, include: { followUp: true } });
  return { isMissed: chat.isMissed, followUp: chat.followUp?.reason ?? null, passedOverIds: chat.passedOverIds };
};

describe(`missed dialogs at exactly the SLA (${testDbLabel()})`, () => {
  it("a reply exactly at the SLA is in time for both the missed flag and the missed metric", async () => {
    const chatId = await queuedChat(0);
    await takeChat(testDb.db, events, { chatId, staffId: operator.id, now: at(5) });
    expect(await sweep(at(SLA))).toEqual({ missed: 0, passedOver: 0 });
    const party = { kind: "staff", staffId: operator.id, roles: operator.roles } as const;
    await sendChatMessage(
      testDb.db,
      { events: events, limiter: getChatSendLimiter() },
      {
        party,
        chatId,
        text: "Здравствуйте!",
        clientId: "at-sla",
        now: at(SLA),
      },
    );
    expect(await sweep(at(SLA + 1))).toEqual({ missed: 0, passedOver: 0 });

    expect(await flagOf(chatId)).toEqual({ isMissed: false, followUp: null, passedOverIds: [] });
    expect(await metricQueries.summary(testDb.db, report(at(SLA + 1)))).toMatchObject({ escalated: 1, missed: 0 });
    expect(await metricQueries.firstResponse(testDb.db, report(at(SLA + 1)))).toMatchObject({ averageSeconds: SLA });
  });

  it("a silent chat is missed and re-offered a moment after the SLA, by the flag and the metric alike", async () => {
    const start = 3600;
    const chatId = await queuedChat(start);
    await takeChat(testDb.db, events, { chatId, staffId: operator.id, now: at(start) });

    const atSla = at(start + SLA);
    expect(await sweep(atSla)).toEqual({ missed: 0, passedOver: 0 });
    expect(await flagOf(chatId)).toEqual({ isMissed: false, followUp: null, passedOverIds: [] });
    expect((await metricQueries.summary(testDb.db, report(atSla))).missed).toBe(0);

    const justAfter = new Date(atSla.getTime() + 1);
    expect(await sweep(justAfter)).toEqual({ missed: 1, passedOver: 1 });
    expect(await flagOf(chatId)).toEqual({ isMissed: true, followUp: "MISSED", passedOverIds: [operator.id] });
    expect((await metricQueries.summary(testDb.db, report(justAfter))).missed).toBe(1);
    const [row] = await metricQueries.perOperator(testDb.db, report(justAfter));
    expect(row).toMatchObject({ staffId: operator.id, missed: 1 });
  });
});
