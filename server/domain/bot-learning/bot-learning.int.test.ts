import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, testDbLabel, type TestDb } from "@/server/testing/test-db";
import {
  createStaff,
  createSubscriber,
  staffPrincipal,
  subscriberPrincipal,
  testContext,
} from "@/server/testing/fixtures";
import { seedHelpCentre } from "@/prisma/seed/help-centre";
import { createCaller } from "@/server/api/root";
import type { Principal } from "@/server/auth/principal";
import { metricQueries } from "@/server/domain/metrics/metric-queries";
import { metricsRangeOf, moscowDayOf } from "@/server/domain/metrics/metrics-range";
import { normalizeQuestion, simplifyQuestion } from "./normalize-question";

let testDb: TestDb;
let editor: Principal;
let n = 0;
const clientId = () => `bot-learning-${String(++n).padStart(6, "0")}`;
const as = (principal: Principal | null) => createCaller(testContext(testDb.db, principal));
const reason = (p: Promise<unknown>) =>
  p.then(
    () => "ok",
    (e: { code?: string; cause?: { code?: string } }) => e.cause?.code ?? e.code,
  );

async function ask(...texts: string[]) {
  const caller = as(subscriberPrincipal(await createSubscriber(testDb.db, { balance: 10_000 })));
  const chat = await caller.chat.start({ kind: "SUPPORT" });
  for (const text of texts) await caller.chat.send({ chatId: chat.id, text, clientId: clientId() });
  const { messages } = await caller.chat.messages({ chatId: chat.id, afterSeq: 0 });
  const questions = await testDb.db.botQuestion.findMany({ where: { chatId: chat.id }, orderBy: { createdAt: "asc" } });
  return { caller, chat, messages, questions };
}

beforeAll(async () => {
  testDb = await createTestDb();
  await seedHelpCentre(testDb.db);
  editor = staffPrincipal(await createStaff(testDb.db, ["CONTENT_EDITOR"]));
});
afterAll(() => testDb.close());

describe(`the bot learning loop (${testDbLabel()})`, () => {
  it("groups wordings that differ in case, punctuation, spacing and word forms", async () => {
    expect(simplifyQuestion("  Где мой КЭШБЭК,  за апрель?! ")).toBe("где мой кэшбэк за апрель");
    const key = await normalizeQuestion(testDb.db, "Как подключить роуминг?", "ru");
    expect(await normalizeQuestion(testDb.db, "подключите   РОУМИНГ!!", "ru")).toBe(key);
    expect(key).toBe("подключ роуминг");
    expect(await normalizeQuestion(testDb.db, "Как?", "ru")).toBe("как");
  });

  it("records what the bot found nothing for, what did not help and every handover with its reason", async () => {
    const nothing = await ask("Где мой кэшбэк за апрель?");
    expect(nothing.questions).toMatchObject([{ outcome: "NOTHING_FOUND", handoverReason: "NOTHING_FOUND" }]);

    const misses = await ask("как подключить роуминг", "не помогло", "всё равно не помогло");
    expect(misses.questions).toMatchObject([
      { text: "как подключить роуминг", outcome: "NOT_HELPED", handoverReason: "BOT_MISSES" },
    ]);

    const asked = await ask("как пополнить баланс", "позовите оператора");
    expect(asked.questions).toMatchObject([{ outcome: "HANDED_OVER", handoverReason: "ASKED" }]);
    const straight = await ask("Позовите человека");
    expect(straight.questions).toMatchObject([{ text: "Позовите человека", outcome: "HANDED_OVER" }]);

    const rated = await ask("как сменить тариф");
    expect(rated.questions).toMatchObject([{ outcome: "ANSWERED" }]);
    await rated.caller.chat.close({ chatId: rated.chat.id });
    await rated.caller.chat.rateBot({ chatId: rated.chat.id, helped: false });
    expect(await testDb.db.botQuestion.findFirstOrThrow({ where: { chatId: rated.chat.id } })).toMatchObject({
      outcome: "NOT_HELPED",
    });
  });

  it("lists the unanswered questions by group, most frequent first, and answers a group once it is linked", async () => {
    const second = await ask("где мой   КЭШБЭК за апрель");
    const groups = await as(editor).botLearning.questions({});
    const cashback = groups.find((g) => g.example === "где мой   КЭШБЭК за апрель")!;
    expect(groups[0]).toBe(cashback);
    expect(cashback).toMatchObject({ count: 2, nothingFound: 2, linkedArticle: null });
    expect(cashback.examples.map((e) => [e.chatId, e.text])).toEqual([
      [second.chat.id, "где мой   КЭШБЭК за апрель"],
      [expect.any(String), "Где мой кэшбэк за апрель?"],
    ]);
    // Answered and not marked otherwise: nothing to learn.
    await ask("как настроить интернет");
    expect((await as(editor).botLearning.questions({})).map((g) => g.normalized)).not.toContain(
      await normalizeQuestion(testDb.db, "как настроить интернет", "ru"),
    );

    const { id } = await as(editor).helpAdmin.create({
      // Words the search would not match to the question: only the link can answer it.
      slug: "bonus-rubles",
      category: "payments",
      title: "Бонусные рубли за пополнения",
      titleEn: "Bonus roubles for top-ups",
      body: "Бонусы приходят на баланс до 5 числа следующего месяца.",
      bodyEn: "Bonuses arrive by the 5th of the next month.",
      isPublished: true,
    });
    await as(editor).botLearning.link({ normalized: cashback.normalized, articleId: id });
    expect((await as(editor).botLearning.questions({}))[0]!.linkedArticle).toMatchObject({ id, slug: "bonus-rubles" });

    const answered = await ask("Где мой кэшбэк за АПРЕЛЬ!!");
    expect(answered.messages.at(-1)!.payload?.articles).toEqual([
      { slug: "bonus-rubles", title: "Бонусные рубли за пополнения" },
    ]);
    expect(answered.questions).toMatchObject([{ outcome: "ANSWERED", linkedArticleId: id }]);
    expect((await testDb.db.chat.findUniqueOrThrow({ where: { id: answered.chat.id } })).state).toBe("BOT");

    const audit = await testDb.db.auditLogEntry.findFirstOrThrow({ where: { action: "botAnswer.link" } });
    expect(audit).toMatchObject({ entityId: cashback.normalized, details: { before: null, after: { articleId: id } } });

    await as(editor).botLearning.link({ normalized: cashback.normalized, articleId: null });
    expect((await ask("где мой кэшбэк за апрель")).questions).toMatchObject([{ outcome: "NOTHING_FOUND" }]);
    expect(await reason(as(editor).botLearning.link({ normalized: "никто так не спрашивал", articleId: id }))).toBe(
      "NOT_FOUND",
    );
    expect(await reason(as(editor).botLearning.link({ normalized: cashback.normalized, articleId: "missing" }))).toBe(
      "NOT_FOUND",
    );
  });

  it("shows the answer rate by day beside the day's containment from the metrics module", async () => {
    const today = moscowDayOf(new Date());
    const days = await as(editor).botLearning.trend({ from: today, to: today });
    const all = await testDb.db.botQuestion.count();
    const answered = await testDb.db.botQuestion.count({ where: { outcome: "ANSWERED" } });
    const containment = await metricQueries.containment(testDb.db, metricsRangeOf({ from: today, to: today }, 60));
    expect(days).toEqual([
      {
        day: today,
        questions: all,
        answered,
        answerRate: answered / all,
        containment: containment.share,
        helpSessions: containment.sessions,
      },
    ]);
    expect(answered).toBeGreaterThan(0);
    expect(answered).toBeLessThan(all);
  });

  it("refuses everyone but content staff", async () => {
    for (const role of ["OPERATOR", "SUPERVISOR", "MARKETER"] as const) {
      const other = as(staffPrincipal(await createStaff(testDb.db, [role])));
      expect(await reason(other.botLearning.questions({})), role).toBe("FORBIDDEN");
      expect(await reason(other.botLearning.link({ normalized: "роуминг", articleId: null })), role).toBe("FORBIDDEN");
    }
    expect(await reason(as(null).botLearning.trend({}))).toBe("UNAUTHENTICATED");
  });
});
