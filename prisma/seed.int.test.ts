import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyPassword } from "@/server/auth/password";
import { createTestDb, type TestDb } from "@/server/testing/test-db";
import { createTranslator } from "@/i18n/translator";
import { ledgerText } from "@/server/domain/payments/read-ledger-text";
import { metricQueries } from "@/server/domain/metrics/metric-queries";
import { metricsRangeOf, moscowDayOf } from "@/server/domain/metrics/metrics-range";
import { listUnansweredQuestions } from "@/server/domain/bot-learning/list-unanswered-questions";
import { listAtRisk } from "@/server/domain/collections/list-at-risk";
import { overdueWhere } from "@/server/domain/follow-ups/list-follow-ups";
import { seedDemo } from "./seed";

const DAY = 24 * 60 * 60 * 1000;
const now = new Date("2026-11-20T09:30:00Z");

let t: TestDb;
let first: Awaited<ReturnType<typeof seedDemo>>;
let seedMs = 0;

beforeAll(async () => {
  t = await createTestDb();
  const started = performance.now();
  first = await seedDemo(t.db, { now });
  seedMs = performance.now() - started;
  console.info(`seedDemo on ${t.kind}: ${Math.round(seedMs)} ms`);
}, 120_000);

afterAll(async () => {
  await t?.close();
});

async function balances(): Promise<Map<string, number>> {
  const sums = await t.db.ledgerEntry.groupBy({ by: ["accountId"], _sum: { amount: true } });
  return new Map(sums.map((s) => [s.accountId, s._sum.amount ?? 0]));
}

describe("seedDemo", () => {
  it("seeds once", () => {
    expect(first.seeded).toBe(true);
  });

  it("has a catalogue with archived tariffs, exclusive groups and restricted options", async () => {
    const tariffs = await t.db.tariff.findMany();
    expect(tariffs.length).toBeGreaterThanOrEqual(6);
    expect(tariffs.some((x) => x.isArchived)).toBe(true);
    for (const code of ["smart-s", "smart-m", "smart-l", "unlimited", "home-100", "senior"]) {
      expect(tariffs.find((x) => x.code === code)?.isArchived).toBe(false);
    }
    for (const x of tariffs) {
      expect(x.monthlyFee).toBeGreaterThanOrEqual(300_00);
      expect(x.monthlyFee).toBeLessThanOrEqual(1500_00);
    }

    const options = await t.db.option.findMany({ include: { compatibleTariffs: true } });
    expect(options.length).toBeGreaterThanOrEqual(12);
    const groups = new Map<string, number>();
    for (const o of options)
      if (o.exclusiveGroup) groups.set(o.exclusiveGroup, (groups.get(o.exclusiveGroup) ?? 0) + 1);
    expect([...groups.values()].some((n) => n >= 2)).toBe(true);
    expect(options.filter((o) => o.compatibleTariffs.length > 0).length).toBeGreaterThan(0);
    const staticIp = options.find((o) => o.code === "static-ip");
    const homeIds = tariffs
      .filter((x) => x.code.startsWith("home-"))
      .map((x) => x.id)
      .sort();
    expect(staticIp?.compatibleTariffs.map((c) => c.tariffId).sort()).toEqual(homeIds);
    expect(await t.db.tariffIncludedOption.count()).toBeGreaterThan(0);
    expect(await t.db.cannedResponse.count()).toBeGreaterThanOrEqual(5);
  });

  it("fills the help centre and the hints, each hint's article found by its slug", async () => {
    expect(await t.db.helpArticle.count()).toBeGreaterThanOrEqual(30);
    const hints = await t.db.hint.findMany();
    expect(hints.length).toBeGreaterThanOrEqual(15);
    expect(hints.filter((h) => h.articleId === null).map((h) => h.code)).toEqual([]);
    expect(new Set(hints.map((h) => h.failedAction).filter(Boolean)).has("INSUFFICIENT_FUNDS")).toBe(true);
  });

  it("creates the staff logins with their roles and passwords", async () => {
    const expected = [
      ["operator@demo.local", "operator-demo", ["OPERATOR"]],
      ["operator2@demo.local", "operator-demo", ["OPERATOR"]],
      ["operator3@demo.local", "operator-demo", ["OPERATOR"]],
      ["operator4@demo.local", "operator-demo", ["OPERATOR"]],
      ["operator5@demo.local", "operator-demo", ["OPERATOR"]],
      ["operator6@demo.local", "operator-demo", ["OPERATOR"]],
      ["supervisor@demo.local", "supervisor-demo", ["SUPERVISOR"]],
      ["marketer@demo.local", "marketer-demo", ["MARKETER"]],
      ["editor@demo.local", "editor-demo", ["CONTENT_EDITOR"]],
      ["admin@demo.local", "admin-demo", ["ADMIN"]],
    ] as const;
    for (const [email, password, roles] of expected) {
      const staff = await t.db.staffUser.findUnique({ where: { email } });
      expect(staff?.roles, email).toEqual(roles);
      expect(await verifyPassword(staff?.passwordHash ?? "", password), email).toBe(true);
      expect(await verifyPassword(staff?.passwordHash ?? "", "wrong-password"), email).toBe(false);
    }
    const op2 = await t.db.staffUser.findUnique({ where: { email: "operator2@demo.local" } });
    expect(op2?.skills).toEqual(["support", "sales"]);
  });

  it("creates 60 subscribers; subscriber 1 is fixed and comfortably in credit", async () => {
    const accounts = await t.db.subscriberAccount.findMany({ orderBy: { accountNumber: "asc" } });
    expect(accounts).toHaveLength(60);
    accounts.forEach((a, i) => {
      expect(a.phone).toBe(`+7${9_000_000_001 + i}`);
      expect(a.accountNumber).toBe(String(100_000_001 + i));
      expect(a.phone).toMatch(/^\+7\d{10}$/);
      expect(a.fullName).toMatch(/^[А-ЯЁ][а-яё-]+ [А-ЯЁ][а-яё]+ [А-ЯЁ][а-яё]+$/);
    });
    expect(new Set(accounts.map((a) => a.fullName)).size).toBe(60);

    const one = await t.db.subscriberAccount.findUnique({
      where: { phone: "+79000000001" },
      include: { tariff: true, subscriptions: { where: { disconnectedAt: null } } },
    });
    expect(one?.accountNumber).toBe("100000001");
    expect(one?.tariff.isArchived).toBe(false);
    expect(one?.tariff.code.startsWith("home-")).toBe(false);
    expect(one?.subscriptions).toHaveLength(2);
    expect(one?.status).toBe("ACTIVE");
    expect((await balances()).get(one?.id ?? "")).toBeGreaterThan(1000_00);
    expect(await verifyPassword(one?.passwordHash ?? "", "subscriber-demo")).toBe(true);
    // Every subscriber shares the one hash (hashed once).
    expect(new Set(accounts.map((a) => a.passwordHash)).size).toBe(1);
  });

  it("spreads tariffs, with a couple on the archived one", async () => {
    const byTariff = await t.db.subscriberAccount.groupBy({ by: ["tariffId"], _count: true });
    const tariffs = await t.db.tariff.findMany();
    const count = (pred: (x: (typeof tariffs)[number]) => boolean) =>
      byTariff.filter((g) => tariffs.find((x) => x.id === g.tariffId && pred(x))).reduce((s, g) => s + g._count, 0);
    expect(count((x) => x.isArchived)).toBeGreaterThanOrEqual(2);
    expect(count((x) => x.isArchived)).toBeLessThanOrEqual(4);
    for (const x of tariffs.filter((x) => !x.isArchived))
      expect(
        count((y) => y.id === x.id),
        x.code,
      ).toBeGreaterThan(0);
  });

  it("ranges balances from debt to thousands; exactly the accounts in debt are blocked", async () => {
    const sums = await balances();
    const accounts = await t.db.subscriberAccount.findMany();
    const values = accounts.map((a) => sums.get(a.id) ?? 0);
    expect(values.filter((b) => b < 0).length).toBeGreaterThanOrEqual(3);
    expect(values.filter((b) => b >= 2000_00).length).toBeGreaterThanOrEqual(3);
    for (const a of accounts) {
      expect(a.status === "BLOCKED_FOR_DEBT", `${a.accountNumber} balance ${sums.get(a.id)}`).toBe(
        (sums.get(a.id) ?? 0) < 0,
      );
    }
  });

  it("connects options that fit the tariff, one per exclusive group, 0-3 each", async () => {
    const accounts = await t.db.subscriberAccount.findMany({
      include: {
        tariff: { include: { includedOptions: true } },
        subscriptions: {
          where: { disconnectedAt: null },
          include: { option: { include: { compatibleTariffs: true } } },
        },
      },
    });
    let withOptions = 0;
    for (const a of accounts) {
      const active = a.subscriptions;
      if (active.length > 0) withOptions++;
      expect(active.length, a.accountNumber).toBeLessThanOrEqual(4); // 0-3 everyday options + a roaming pack
      const groups = active.map((s) => s.option.exclusiveGroup).filter((g): g is string => g !== null);
      expect(new Set(groups).size, a.accountNumber).toBe(groups.length);
      expect(new Set(active.map((s) => s.optionId)).size, a.accountNumber).toBe(active.length);
      for (const s of active) {
        const allowed = s.option.compatibleTariffs.map((c) => c.tariffId);
        expect(allowed.length === 0 || allowed.includes(a.tariffId), `${a.accountNumber} ${s.option.code}`).toBe(true);
        expect(
          a.tariff.includedOptions.some((i) => i.optionId === s.optionId),
          `${a.accountNumber} ${s.option.code}`,
        ).toBe(false);
      }
    }
    expect(withOptions).toBeGreaterThan(30);
  });

  it("links every PAYMENT entry to a SUCCEEDED payment of the same account and amount", async () => {
    const entries = await t.db.ledgerEntry.findMany({ where: { type: "PAYMENT" }, include: { payment: true } });
    expect(entries.length).toBeGreaterThan(60);
    for (const e of entries) {
      expect(e.amount).toBeGreaterThan(0);
      expect(e.payment?.status).toBe("SUCCEEDED");
      expect(e.payment?.provider).toBe("demo");
      expect(e.payment?.accountId).toBe(e.accountId);
      expect(e.payment?.amount).toBe(e.amount);
    }
    const charges = await t.db.ledgerEntry.findMany({ where: { type: "CHARGE" } });
    expect(charges.every((c) => c.amount < 0 && c.category !== null)).toBe(true);
    const categories = new Set(charges.map((c) => c.category));
    for (const c of ["TARIFF_FEE", "OPTION_FEE", "CONNECTION_FEE", "CALLS", "INTERNET", "SMS", "ROAMING"] as const) {
      expect(categories.has(c), c).toBe(true);
    }
    expect(await t.db.ledgerEntry.count({ where: { type: { in: ["REFUND", "ADJUSTMENT"] } } })).toBeGreaterThan(0);
    const feesOnFirst = await t.db.ledgerEntry.findMany({ where: { category: "TARIFF_FEE" } });
    expect(feesOnFirst.every((f) => f.createdAt.getUTCDate() === 1)).toBe(true);
  });

  it("writes every ledger text as a known code that reads in Russian and English", async () => {
    const texts = await t.db.ledgerEntry.findMany({
      distinct: ["textCode"],
      select: { textCode: true, textParams: true },
    });
    expect(texts.length).toBeGreaterThan(10);
    for (const entry of texts) {
      expect(entry.textCode).not.toBe("LEGACY_TEXT");
      for (const locale of ["ru", "en"] as const) {
        const translate = createTranslator(locale);
        expect(ledgerText(translate, locale, entry), `${entry.textCode} ${locale}`).not.toBe(
          translate("ledger.unknown"),
        );
      }
    }
  });

  it("covers about three months of ledger and usage, nothing in the future", async () => {
    const ledger = await t.db.ledgerEntry.aggregate({ _min: { createdAt: true }, _max: { createdAt: true } });
    const usage = await t.db.dailyUsage.aggregate({ _min: { day: true }, _max: { day: true }, _count: true });
    const spanDays = (a?: Date | null, b?: Date | null) => ((b?.getTime() ?? 0) - (a?.getTime() ?? 0)) / DAY;
    expect(spanDays(ledger._min.createdAt, ledger._max.createdAt)).toBeGreaterThan(85);
    expect(ledger._max.createdAt!.getTime()).toBeLessThanOrEqual(now.getTime());
    expect(spanDays(usage._min.day, usage._max.day)).toBe(91);
    expect(usage._count).toBe(60 * 92);
    const heavy = await t.db.dailyUsage.groupBy({ by: ["accountId"], _sum: { mb: true } });
    const mb = heavy.map((h) => h._sum.mb ?? 0).sort((a, b) => a - b);
    expect(mb[mb.length - 1]!).toBeGreaterThan(5 * (mb[0] ?? 0)); // light and heavy data users differ
  });

  it("has at least 2,000 finished chats over the last 90 days, each following the chat's rules", async () => {
    const chats = await t.db.chat.findMany({
      include: {
        rating: true,
        followUp: true,
        messages: { orderBy: { seq: "asc" }, select: { seq: true, author: true, operatorId: true, createdAt: true } },
      },
    });
    expect(chats.length).toBeGreaterThanOrEqual(2000);
    const operators = new Set(
      (await t.db.staffUser.findMany()).filter((s) => s.roles.includes("OPERATOR")).map((s) => s.id),
    );
    for (const c of chats) {
      const at = (d: Date | null) => d?.getTime() ?? Number.NaN;
      expect(
        c.messages.map((m) => m.seq),
        c.id,
      ).toEqual(Array.from({ length: c.lastSeq }, (_, i) => i + 1));
      expect(c.lastSeq, c.id).toBeGreaterThanOrEqual(3);
      const times = c.messages.map((m) => m.createdAt.getTime());
      expect(times, c.id).toEqual([...times].sort((a, b) => a - b));
      expect(["CLOSED", "RATED"], c.id).toContain(c.state);
      expect(at(c.createdAt), c.id).toBeGreaterThanOrEqual(now.getTime() - 90 * DAY);
      expect(at(c.closedAt), c.id).toBeLessThanOrEqual(now.getTime());
      expect(times.at(-1), c.id).toBe(at(c.closedAt));
      expect(c.sessionKey, c.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(c.accountId !== null || c.visitorToken !== null, c.id).toBe(true);
      // The widget asks to rate a chat closed within a day; a demo subscriber signing in must start fresh.
      if (c.accountId) expect(at(c.closedAt), c.id).toBeLessThan(now.getTime() - DAY);
      if (c.queuedAt === null) {
        // The bot alone: no operator, no CSI rating, at most the "did the bot help?" answer.
        expect({ kind: c.kind, operatorId: c.operatorId, rating: c.rating, isMissed: c.isMissed }, c.id).toEqual({
          kind: "SUPPORT",
          operatorId: null,
          rating: null,
          isMissed: false,
        });
        expect(c.botHelped === null, c.id).toBe(c.state === "CLOSED");
        continue;
      }
      expect(at(c.queuedAt), c.id).toBeGreaterThanOrEqual(at(c.createdAt));
      expect(c.botHelped, c.id).toBeNull();
      const firstHuman = c.messages.find((m) => m.author === "OPERATOR");
      if (c.firstResponseAt) {
        expect(operators.has(c.operatorId ?? ""), c.id).toBe(true);
        expect(at(c.assignedAt), c.id).toBeGreaterThanOrEqual(at(c.queuedAt));
        expect(at(c.firstResponseAt), c.id).toBeGreaterThanOrEqual(at(c.assignedAt));
        expect(at(firstHuman?.createdAt ?? null), c.id).toBe(at(c.firstResponseAt));
        expect(firstHuman?.operatorId, c.id).toBe(c.operatorId);
        expect(c.firstResponderId, c.id).toBe(c.operatorId);
        expect(c.isMissed, c.id).toBe(at(c.firstResponseAt) - at(c.queuedAt) > 60_000);
        // A late chat is charged to its operator only if they had it when the SLA sweep opened the follow-up.
        const heldAtSweep = c.isMissed && at(c.assignedAt) <= at(c.followUp?.createdAt ?? null);
        expect(c.missedById, c.id).toBe(heldAtSweep ? c.operatorId : null);
      } else {
        expect({ firstHuman, isMissed: c.isMissed, missedById: c.missedById, rating: c.rating }, c.id).toEqual({
          firstHuman: undefined,
          isMissed: true,
          missedById: null,
          rating: null,
        });
      }
      if (c.rating) {
        expect(c.state, c.id).toBe("RATED");
        expect(c.operatorId, c.id).not.toBeNull();
        expect(c.rating.operatorId, c.id).toBe(c.operatorId);
        expect(at(c.rating.createdAt), c.id).toBeLessThanOrEqual(now.getTime());
      }
      if (c.rating?.score != null && c.rating.score <= 3) expect(c.followUp?.reason, c.id).toBe("LOW_RATING");
      else if (c.isMissed) expect(c.followUp?.reason, c.id).toBe("MISSED");
      else expect(c.followUp, c.id).toBeNull();
      if (c.followUp?.resolvedAt) expect(at(c.followUp.resolvedAt), c.id).toBeLessThanOrEqual(now.getTime());
    }

    const share = (part: (c: (typeof chats)[number]) => boolean, of = chats) => of.filter(part).length / of.length;
    const support = chats.filter((c) => c.kind === "SUPPORT");
    expect(share((c) => c.kind === "SALES")).toBeGreaterThan(0.1);
    expect(share((c) => c.queuedAt === null, support)).toBeGreaterThan(0.5);
    expect(share((c) => c.queuedAt === null, support)).toBeLessThan(0.7);
    const answered = chats.filter((c) => c.firstResponseAt !== null);
    expect(share((c) => c.rating !== null, answered)).toBeGreaterThan(0.6);
    expect(
      share(
        (c) => c.rating?.score === 5,
        answered.filter((c) => c.rating),
      ),
    ).toBeGreaterThan(0.6);
    expect(new Set(answered.map((c) => c.operatorId)).size).toBe(operators.size);
    // Late answers of both kinds: missed while the operator held the chat, and missed in the queue before they took it.
    expect(answered.some((c) => c.missedById) && answered.some((c) => c.isMissed && !c.missedById)).toBe(true);
    expect(chats.some((c) => c.followUp?.resolvedAt) && chats.some((c) => c.followUp && !c.followUp.resolvedAt)).toBe(
      true,
    );
    expect(new Set(chats.map((c) => c.channel))).toEqual(new Set(["WEB", "MOBILE_WEB"]));
    // The desk is kept up: of the follow-ups past their due time one or two are still open, the rest are closed.
    const overdue = await t.db.followUp.count({ where: overdueWhere(now) });
    expect(overdue).toBeGreaterThanOrEqual(1);
    expect(overdue).toBeLessThanOrEqual(2);
    const followUps = chats.flatMap((c) => (c.followUp ? [c.followUp] : []));
    expect(followUps.filter((f) => !f.resolvedAt).length / followUps.length).toBeLessThan(0.2);
    expect(new Set(followUps.map((f) => f.state))).toEqual(new Set(["OPEN", "IN_PROGRESS", "RESOLVED", "UNREACHABLE"]));
  });

  it("spreads chats over Moscow daytime and weekdays, and contains about three quarters of help sessions", async () => {
    const byHour = await t.db.$queryRaw<Array<{ night: number; day: number; weekday: number; weekend: number }>>`
      SELECT COUNT(*) FILTER (WHERE EXTRACT(HOUR FROM m) BETWEEN 1 AND 6)::int AS "night",
             COUNT(*) FILTER (WHERE EXTRACT(HOUR FROM m) BETWEEN 10 AND 15)::int AS "day",
             (COUNT(*) FILTER (WHERE EXTRACT(ISODOW FROM m) <= 5) / 5.0)::float8 AS "weekday",
             (COUNT(*) FILTER (WHERE EXTRACT(ISODOW FROM m) > 5) / 2.0)::float8 AS "weekend"
      FROM (SELECT "createdAt" + interval '3 hours' AS m FROM "Chat") AS moscow`;
    const [spread] = byHour;
    expect(spread!.day).toBeGreaterThan(8 * spread!.night);
    expect(spread!.weekday).toBeGreaterThan(1.3 * spread!.weekend);

    // The supervisor's own containment over the whole history (sales chats from banners are no help sessions).
    const history = metricsRangeOf(
      { from: moscowDayOf(new Date(now.getTime() - 91 * DAY)), to: moscowDayOf(now) },
      60,
      now,
    );
    const containment = await metricQueries.containment(t.db, history);
    console.info(`seeded containment: ${containment.contained} of ${containment.sessions}`);
    expect(containment.share).toBeGreaterThan(0.7);
    expect(containment.share).toBeLessThan(0.8);
    const [shared] = await t.db.$queryRaw<Array<{ sharedWithChats: number }>>`
      SELECT COUNT(DISTINCT c."sessionKey")::int AS "sharedWithChats" FROM "Chat" c
      WHERE EXISTS (SELECT 1 FROM "HintImpression" h WHERE h."sessionKey" = c."sessionKey")
         OR EXISTS (SELECT 1 FROM "HelpArticleView" v WHERE v."sessionKey" = c."sessionKey")`;
    expect(shared!.sharedWithChats).toBeGreaterThan(200);
    const latest = await Promise.all([
      t.db.hintImpression.aggregate({ _max: { createdAt: true } }),
      t.db.helpArticleView.aggregate({ _max: { createdAt: true } }),
    ]);
    for (const l of latest) expect(l._max.createdAt!.getTime()).toBeLessThanOrEqual(now.getTime());
  });

  it("records the bot's first question of every support chat, so /admin/bot has groups to work on", async () => {
    const support = await t.db.chat.count({ where: { kind: "SUPPORT" } });
    expect(await t.db.botQuestion.count()).toBe(support);
    const outcomes = await t.db.botQuestion.groupBy({ by: ["outcome"], _count: true });
    expect(outcomes.map((o) => o.outcome).sort()).toEqual(["ANSWERED", "HANDED_OVER", "NOTHING_FOUND", "NOT_HELPED"]);
    const groups = await listUnansweredQuestions(t.db, new Date(now.getTime() - 30 * DAY));
    expect(groups.length).toBeGreaterThan(5);
    expect(groups[0]!.count).toBeGreaterThanOrEqual(groups.at(-1)!.count);
    expect(groups.every((g) => g.normalized.length > 0 && g.normalized === g.normalized.toLowerCase())).toBe(true);
  });

  it("gives the collections desk accounts at risk for either reason", async () => {
    const { accounts } = await listAtRisk(t.db, {}, now);
    const reasons = new Set(accounts.map((a) => a.reason));
    expect([...reasons].sort()).toEqual(["BLOCK_SOON", "NEGATIVE_BEFORE_CHARGE"]);
    expect(accounts.every((a) => a.amountAtRisk > 0)).toBe(true);
  });

  it("does nothing the second time", async () => {
    const counts = async () =>
      Promise.all([
        t.db.tariff.count(),
        t.db.option.count(),
        t.db.staffUser.count(),
        t.db.subscriberAccount.count(),
        t.db.ledgerEntry.count(),
        t.db.payment.count(),
        t.db.dailyUsage.count(),
        t.db.optionSubscription.count(),
        t.db.cannedResponse.count(),
        t.db.chat.count(),
        t.db.chatMessage.count(),
        t.db.rating.count(),
        t.db.followUp.count(),
      ]);
    const before = await counts();
    expect(await seedDemo(t.db, { now })).toEqual({ seeded: false });
    expect(await counts()).toEqual(before);
  });
});

describe("seedDemo on a second database", () => {
  let t2: TestDb;
  beforeAll(async () => {
    t2 = await createTestDb();
  }, 60_000);
  afterAll(async () => {
    await t2?.close();
  });

  it("seeds once when two seeders race, and gives the same demo for the same date", async () => {
    const results = await Promise.all([seedDemo(t2.db, { now }), seedDemo(t2.db, { now })]);
    expect(results.map((r) => r.seeded).sort()).toEqual([false, true]);
    expect(await t2.db.tariff.count()).toBe(await t.db.tariff.count());

    const fingerprint = async (db: TestDb["db"]) => {
      const accounts = await db.subscriberAccount.findMany({
        orderBy: { accountNumber: "asc" },
        select: { id: true, fullName: true, email: true, status: true, tariff: { select: { code: true } } },
      });
      const sums = await db.ledgerEntry.groupBy({ by: ["accountId"], _sum: { amount: true }, _count: true });
      const chats = await db.chat.findMany({
        orderBy: { id: "asc" },
        select: {
          id: true,
          state: true,
          createdAt: true,
          firstResponseAt: true,
          operator: { select: { email: true } },
          rating: { select: { score: true } },
        },
      });
      return { accounts: accounts.map((a) => ({ ...a, ledger: sums.find((x) => x.accountId === a.id) })), chats };
    };
    expect(await fingerprint(t2.db)).toEqual(await fingerprint(t.db));
  }, 120_000);
});
