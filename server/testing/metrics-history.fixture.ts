// A small, hand-computed chat history for the metrics tests. Times are UTC; Moscow is UTC+3.
// Period under test: 1–2 April 2026 in Moscow = [2026-03-31T21:00Z, 2026-04-02T21:00Z); "now" = 2026-04-02T12:00Z; SLA 60 s.
// Rows carry what the live chat records: who answered first, who held the chat when it was rated or became missed.
import type { Db } from "@/server/db-client";
import type { Prisma } from "@/server/generated/prisma/client";
import { createStaff } from "@/server/testing/fixtures";

export const NOW = new Date("2026-04-02T12:00:00Z");
const at = (time: string) => new Date(`2026-${time}Z`);

export async function seedMetricsHistory(db: Db) {
  const anna = await createStaff(db, ["OPERATOR"]);
  const boris = await createStaff(db, ["OPERATOR", "SUPERVISOR"]);
  const vera = await createStaff(db, ["OPERATOR"]); // no chats in the period: listed with zeros
  const dmitry = await createStaff(db, ["SUPERVISOR"]); // a former operator: listed because he handled a chat
  const elena = await createStaff(db, ["SUPERVISOR"]); // never an operator, no chats: not listed
  const names = {
    anna: "Анна Операторова",
    boris: "Борис Операторов",
    vera: "Вера Тихая",
    dmitry: "Дмитрий Бывший",
    elena: "Елена Супервайзер",
  };
  for (const [key, staff] of Object.entries({ anna, boris, vera, dmitry, elena })) {
    await db.staffUser.update({ where: { id: staff.id }, data: { fullName: names[key as keyof typeof names] } });
  }

  const chat = async (
    data: Prisma.ChatUncheckedCreateInput,
    rating?: { score: number; npsScore: number; resolved?: boolean; cesScore?: number },
    bot = 0,
  ) => {
    const created = await db.chat.create({ data });
    for (let seq = 1; seq <= bot; seq++) {
      await db.chatMessage.create({
        data: {
          chatId: created.id,
          seq,
          author: "BOT",
          text: "Бот отвечает",
          createdAt: new Date(data.createdAt as Date),
        },
      });
    }
    if (rating) await db.rating.create({ data: { chatId: created.id, operatorId: created.operatorId, ...rating } });
    return created;
  };

  // 1. Bot only, 10:00 MSK on 1 April: never escalated.
  await chat(
    { createdAt: at("04-01T07:00:00"), closedAt: at("04-01T07:05:00"), state: "CLOSED", sessionKey: "s1" },
    undefined,
    3,
  );
  // 2. Ten minutes with the bot, then queued; answered 30 s after queuing (630 s after creation). 11:00 MSK.
  await chat(
    {
      createdAt: at("04-01T08:00:00"),
      queuedAt: at("04-01T08:10:00"),
      assignedAt: at("04-01T08:10:20"),
      operatorSince: at("04-01T08:10:20"),
      firstResponseAt: at("04-01T08:10:30"),
      firstResponderId: anna.id,
      closedAt: at("04-01T08:20:30"),
      state: "RATED",
      operatorId: anna.id,
      channel: "MOBILE_WEB",
      sessionKey: "s2",
    },
    { score: 5, npsScore: 10, resolved: true, cesScore: 7 },
    4,
  );
  // 3. Reopened: Anna took it at +10 s and handed it back to the queue (queuedAt kept); Boris took it at +40 s and
  // answered at +50 s. 12:00 MSK, a sales chat from a banner: straight to the queue, no bot.
  await chat(
    {
      createdAt: at("04-01T09:00:00"),
      queuedAt: at("04-01T09:00:00"),
      assignedAt: at("04-01T09:00:10"),
      operatorSince: at("04-01T09:00:40"),
      firstResponseAt: at("04-01T09:00:50"),
      firstResponderId: boris.id,
      closedAt: at("04-01T09:10:10"),
      state: "RATED",
      operatorId: boris.id,
      kind: "SALES",
      sessionKey: "s3",
    },
    { score: 4, npsScore: 9, resolved: true, cesScore: 5 },
  );
  // 4. Missed: Dmitry took it and it was closed 40 s after queuing without a reply (within the SLA, still missed). 23:30 MSK, Telegram.
  await chat({
    createdAt: at("04-01T20:30:00"),
    queuedAt: at("04-01T20:30:00"),
    assignedAt: at("04-01T20:30:10"),
    operatorSince: at("04-01T20:30:10"),
    closedAt: at("04-01T20:30:40"),
    state: "CLOSED",
    isMissed: true,
    missedById: dmitry.id,
    operatorId: dmitry.id,
    channel: "TELEGRAM",
  });
  // 5. Answered 90 s after queuing, past the SLA: missed, and Boris held it when the SLA ran out.
  // 00:30 MSK on 2 April (still 1 April in UTC).
  await chat(
    {
      createdAt: at("04-01T21:30:00"),
      queuedAt: at("04-01T21:30:00"),
      assignedAt: at("04-01T21:31:00"),
      operatorSince: at("04-01T21:31:00"),
      firstResponseAt: at("04-01T21:31:30"),
      firstResponderId: boris.id,
      isMissed: true,
      missedById: boris.id,
      closedAt: at("04-01T21:40:00"),
      state: "RATED",
      operatorId: boris.id,
      sessionKey: "s4",
    },
    { score: 3, npsScore: 7, resolved: true, cesScore: 6 },
  );
  // 6. Still waiting, queued 120 s before now: missed, in the queue with nobody to charge. 14:55 MSK.
  await chat({
    createdAt: at("04-02T11:55:00"),
    queuedAt: at("04-02T11:58:00"),
    state: "QUEUED",
    isMissed: true,
    sessionKey: "s5",
  });
  // 7. Waiting 30 s, within the SLA: not missed. 14:59 MSK.
  await chat({ createdAt: at("04-02T11:59:30"), queuedAt: at("04-02T11:59:30"), state: "QUEUED", sessionKey: "s6" });
  // 8. Answered exactly at the SLA (60 s): not missed. 09:00 MSK on 2 April.
  await chat(
    {
      createdAt: at("04-02T06:00:00"),
      queuedAt: at("04-02T06:00:00"),
      assignedAt: at("04-02T06:00:05"),
      operatorSince: at("04-02T06:00:05"),
      firstResponseAt: at("04-02T06:01:00"),
      firstResponderId: anna.id,
      closedAt: at("04-02T06:05:05"),
      state: "RATED",
      operatorId: anna.id,
      sessionKey: "s7",
    },
    { score: 1, npsScore: 3, resolved: false, cesScore: 2 },
  );

  // Outside the period by a second on each side; they would change every figure if counted.
  await chat({
    createdAt: at("03-31T20:59:59"),
    queuedAt: at("03-31T20:59:59"),
    closedAt: at("03-31T21:30:00"),
    state: "CLOSED",
    isMissed: true,
    missedById: anna.id,
    operatorId: anna.id,
    assignedAt: at("03-31T21:00:00"),
    operatorSince: at("03-31T21:00:00"),
    sessionKey: "s11",
  });
  await chat(
    {
      createdAt: at("04-02T21:00:00"),
      queuedAt: at("04-02T21:00:00"),
      assignedAt: at("04-02T21:00:01"),
      operatorSince: at("04-02T21:00:01"),
      firstResponseAt: at("04-02T21:10:00"),
      firstResponderId: vera.id,
      closedAt: at("04-02T21:20:00"),
      state: "RATED",
      operatorId: vera.id,
      kind: "SALES",
    },
    { score: 5, npsScore: 10, resolved: true, cesScore: 7 },
  );

  // Help sessions: hints and articles seen in the period without a chat (s8, s10), with one (s1, s2),
  // s11 whose escalated chat was a second before the period (contained within it), and s9 seen only before it.
  const hint = await db.hint.create({ data: { code: "metrics-test", text: "Подсказка", textEn: "Hint" } });
  const article = await db.helpArticle.create({
    data: { slug: "metrics-test", title: "Статья", titleEn: "Article", body: "…", bodyEn: "…", category: "test" },
  });
  const impressions: Array<[string, string]> = [
    ["s1", "04-01T06:59:00"],
    ["s8", "04-01T12:00:00"],
    ["s11", "04-01T13:00:00"],
    ["s9", "03-31T20:00:00"],
  ];
  for (const [sessionKey, time] of impressions) {
    await db.hintImpression.create({ data: { hintId: hint.id, page: "account", sessionKey, createdAt: at(time) } });
  }
  for (const [sessionKey, time] of [
    ["s2", "04-01T07:55:00"],
    ["s10", "04-02T10:00:00"],
    ["s10", "04-02T10:05:00"],
  ] as const) {
    await db.helpArticleView.create({ data: { articleId: article.id, sessionKey, createdAt: at(time) } });
  }
  return { anna, boris, vera, dmitry, elena };
}
