import { everyNoticeKind } from "@/server/domain/notices/notice-settings";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AnyProcedure } from "@trpc/server";
import { createTestDb, testDbLabel, type TestDb } from "@/server/testing/test-db";
import {
  createStaff,
  createSubscriber,
  staffPrincipal,
  subscriberPrincipal,
  testContext,
} from "@/server/testing/fixtures";
import type { Principal } from "@/server/auth/principal";
import type { StaffRole } from "@/server/generated/prisma/enums";
import { appRouter, createCaller } from "./root";

/**
 * Every procedure is listed here ("visitor" = signed out, with a browser session) with who may call it and a sample input. A new
 * procedure that is not listed fails this file, so no route ships without a rule.
 */
type Audience = "anyone" | "visitor" | "subscriber" | StaffRole;
const ALL_STAFF: StaffRole[] = ["OPERATOR", "SUPERVISOR", "MARKETER", "CONTENT_EDITOR", "ADMIN"];
const CONTENT_STAFF: StaffRole[] = ["CONTENT_EDITOR", "ADMIN"];
let articleSerial = 0;
const CANNED_EDITORS: StaffRole[] = ["OPERATOR", "SUPERVISOR", "CONTENT_EDITOR", "ADMIN"];
interface Ids {
  own: string;
  other: string;
}
const localized = { name: "Тариф", nameEn: "Tariff", description: "Описание", descriptionEn: "Description" };
const tariffSample = { ...localized, monthlyFee: 50_000, includedMinutes: 300, includedMb: 10_240, includedSms: 50 };
const optionSample = {
  ...localized,
  connectionFee: 0,
  monthlyFee: 10_000,
  compatibleTariffIds: [],
  includedInTariffIds: [],
};
const rules: Record<string, { audience: Audience[]; input?: (ids: Ids) => unknown }> = {
  "account.mySummary": { audience: ["subscriber"] },
  "account.myPackage": { audience: ["subscriber"] },
  "account.summary": {
    audience: ["subscriber", "OPERATOR", "SUPERVISOR", "ADMIN"],
    input: (ids) => ({ accountId: ids.own }),
  },
  "account.changePassword": {
    audience: ["subscriber"],
    input: () => ({ currentPassword: "not-the-password", newPassword: "new-password-1" }),
  },
  "recovery.request": { audience: ["anyone"], input: () => ({ login: "+79990000099", channel: "SMS" }) },
  "recovery.confirm": {
    audience: ["anyone"],
    input: () => ({ login: "+79990000099", code: "000000", newPassword: "new-password-1" }),
  },
  "devOutbox.recent": { audience: ["anyone"] },
  "help.search": { audience: ["anyone"], input: () => ({ query: "роуминг", page: 1 }) },
  "help.article": { audience: ["anyone"], input: () => ({ slug: "no-such-article" }) },
  "help.categories": { audience: ["anyone"] },
  "help.currentSlug": { audience: ["anyone"], input: () => ({ slug: "no-such-article" }) },
  "helpAdmin.list": { audience: CONTENT_STAFF, input: () => ({ query: "роуминг" }) },
  "helpAdmin.get": { audience: CONTENT_STAFF, input: () => ({ articleId: "missing" }) },
  "helpAdmin.create": {
    audience: CONTENT_STAFF,
    input: () => ({
      slug: `access-rules-${++articleSerial}`,
      category: "roaming",
      title: "Роуминг",
      titleEn: "Roaming",
      body: "Текст",
      bodyEn: "Text",
      isPublished: false,
    }),
  },
  "helpAdmin.update": {
    audience: CONTENT_STAFF,
    input: () => ({
      articleId: "missing",
      version: 1,
      slug: "access-rules-update",
      category: "roaming",
      title: "Роуминг",
      titleEn: "Roaming",
      body: "Текст",
      bodyEn: "Text",
      isPublished: false,
    }),
  },
  "botLearning.questions": { audience: CONTENT_STAFF, input: () => ({ days: 30 }) },
  "botLearning.link": { audience: CONTENT_STAFF, input: () => ({ normalized: "роуминг", articleId: "missing" }) },
  "botLearning.trend": { audience: CONTENT_STAFF, input: () => ({ from: "2026-04-01", to: "2026-04-14" }) },
  "helpAdmin.restore": {
    audience: CONTENT_STAFF,
    input: () => ({ articleId: "missing", restoreVersion: 1, version: 1 }),
  },
  "preferences.setLocale": { audience: ["anyone"], input: () => ({ locale: "en" }) },
  "staff.home": { audience: ALL_STAFF },
  "staff.list": { audience: ["ADMIN"] },
  "staff.create": {
    audience: ["ADMIN"],
    input: () => ({
      fullName: "Новый Сотрудник",
      email: "access-rules-new@test.local",
      password: "long-password-1",
      roles: ["OPERATOR"],
      skills: ["support"],
    }),
  },
  "staff.update": {
    audience: ["ADMIN"],
    input: () => ({ staffId: "missing", fullName: "Новое Имя", roles: ["OPERATOR"], chatLimit: 4, skills: [] }),
  },
  "staff.setActive": { audience: ["ADMIN"], input: () => ({ staffId: "missing", active: false }) },
  "followUps.list": { audience: ["SUPERVISOR", "ADMIN"], input: () => ({ status: "open" }) },
  "collections.list": { audience: ["SUPERVISOR", "ADMIN"], input: () => ({}) },
  "collections.report": { audience: ["SUPERVISOR", "ADMIN"] },
  "collections.sendReminders": { audience: ["SUPERVISOR", "ADMIN"], input: (ids) => ({ accountIds: [ids.other] }) },
  "reviewPlatforms.list": { audience: ["ADMIN"] },
  "reviewPlatforms.add": { audience: ["ADMIN"], input: () => ({ name: "2ГИС", url: "https://2gis.ru/reviews" }) },
  "reviewPlatforms.remove": { audience: ["ADMIN"], input: () => ({ platformId: "missing" }) },
  "reports.daily": { audience: ["SUPERVISOR", "ADMIN"], input: () => ({ day: "2026-04-01" }) },
  "reports.dailyOptIn": { audience: ["SUPERVISOR", "ADMIN"] },
  "reports.setDailyOptIn": { audience: ["SUPERVISOR", "ADMIN"], input: () => ({ optIn: false }) },
  "followUps.get": { audience: ["SUPERVISOR", "ADMIN"], input: () => ({ followUpId: "missing" }) },
  "followUps.take": { audience: ["SUPERVISOR", "ADMIN"], input: () => ({ followUpId: "missing" }) },
  "followUps.resolve": {
    audience: ["SUPERVISOR", "ADMIN"],
    input: () => ({ followUpId: "missing", comment: "Перезвонили абоненту" }),
  },
  "tariffs.catalogue": { audience: ["subscriber"] },
  "tariffs.previewChange": { audience: ["subscriber"], input: () => ({ tariffId: "missing" }) },
  "tariffs.change": {
    audience: ["subscriber"],
    input: () => ({ tariffId: "missing", idempotencyKey: "access-rules-tariff-0001" }),
  },
  "tariffs.history": { audience: ["subscriber"], input: () => ({ page: 1 }) },
  "options.list": { audience: ["subscriber"] },
  "chat.start": { audience: ["visitor", "subscriber"], input: () => ({ kind: "SUPPORT" }) },
  "chat.current": { audience: ["anyone"] },
  "chat.messages": { audience: ["anyone"], input: () => ({ chatId: "missing", afterSeq: 0 }) },
  "chat.send": { audience: ["anyone"], input: () => ({ chatId: "missing", text: "hi", clientId: "client-0001" }) },
  "chat.markRead": { audience: ["anyone"], input: () => ({ chatId: "missing", upToSeq: 1 }) },
  "chat.close": { audience: ["anyone"], input: () => ({ chatId: "missing" }) },
  "chat.leaveRequest": { audience: ["anyone"], input: () => ({ chatId: "missing" }) },
  "chat.rate": { audience: ["anyone"], input: () => ({ chatId: "missing", score: 5 }) },
  "chat.rateBot": { audience: ["anyone"], input: () => ({ chatId: "missing", helped: true }) },
  "chat.survey": { audience: ["anyone"], input: () => ({ chatId: "missing" }) },
  "chat.dismissSurvey": { audience: ["anyone"], input: () => ({ chatId: "missing" }) },
  "chat.reviewClick": { audience: ["anyone"], input: () => ({ chatId: "missing", platformId: "missing" }) },
  "workspace.queue": { audience: ["OPERATOR", "SUPERVISOR"] },
  "workspace.take": { audience: ["OPERATOR"], input: () => ({ chatId: "missing" }) },
  "workspace.overview": { audience: ["OPERATOR", "SUPERVISOR"] },
  "workspace.heartbeat": { audience: ["OPERATOR"], input: () => ({ presence: "AWAY" }) },
  "workspace.transfer": {
    audience: ["OPERATOR", "SUPERVISOR"],
    input: () => ({ chatId: "missing", toOperatorId: null, note: "" }),
  },
  "workspace.details": { audience: ["OPERATOR", "SUPERVISOR"], input: () => ({ chatId: "missing" }) },
  "workspace.deliveries": { audience: ["OPERATOR", "SUPERVISOR"], input: () => ({ chatId: "missing" }) },
  "workspace.unlinkContact": { audience: ["OPERATOR", "SUPERVISOR"], input: () => ({ chatId: "missing" }) },
  "workspace.cannedResponses": { audience: ["OPERATOR", "SUPERVISOR"], input: () => ({ chatId: "missing" }) },
  "canned.list": { audience: CANNED_EDITORS },
  "canned.create": {
    audience: CANNED_EDITORS,
    input: () => ({ scope: "personal", title: "Привет", shortcut: "hi", text: "Здравствуйте, {имя}!" }),
  },
  "canned.update": {
    audience: CANNED_EDITORS,
    input: () => ({ cannedId: "missing", version: 1, title: "Привет", shortcut: "hi", text: "Здравствуйте!" }),
  },
  "canned.remove": { audience: CANNED_EDITORS, input: () => ({ cannedId: "missing" }) },
  "workspace.requestConsent": { audience: ["OPERATOR"], input: () => ({ chatId: "missing" }) },
  "workspace.actForSubscriber": {
    audience: ["OPERATOR"],
    input: () => ({
      chatId: "missing",
      idempotencyKey: "access-rules-act-0001",
      change: { kind: "tariff", tariffId: "missing" },
    }),
  },
  "chat.giveConsent": { audience: ["anyone"], input: () => ({ chatId: "missing" }) },
  "chat.attachEscalation": { audience: ["anyone"], input: () => ({ chatId: "missing", intentId: "missing" }) },
  "chat.pushKey": { audience: ["anyone"] },
  "chat.subscribePush": {
    audience: ["anyone"],
    input: () => ({
      chatId: "missing",
      subscription: { endpoint: "https://push.example/1", keys: { p256dh: "BPk", auth: "YXV0aA" } },
    }),
  },
  "chat.unsubscribePush": { audience: ["anyone"], input: () => ({ endpoint: "https://push.example/1" }) },
  "metrics.report": { audience: ["SUPERVISOR", "ADMIN"], input: () => ({ from: "2026-04-01", to: "2026-04-30" }) },
  "hints.forPage": { audience: ["anyone"], input: () => ({ page: "account" }) },
  "banners.forPlacement": { audience: ["anyone"], input: () => ({ placement: "LANDING_HERO" }) },
  "hints.feedback": { audience: ["anyone"], input: () => ({ hintId: "missing", helpful: false, page: "account" }) },
  "hints.escalate": { audience: ["anyone"], input: () => ({ page: "account", hintIds: [] }) },
  "hints.list": { audience: CONTENT_STAFF },
  "hints.get": { audience: CONTENT_STAFF, input: () => ({ hintId: "missing" }) },
  "hints.articleChoices": { audience: CONTENT_STAFF },
  "hints.create": {
    audience: CONTENT_STAFF,
    input: () => ({
      text: "Баланс ниже нуля",
      textEn: "Balance below zero",
      pages: ["account"],
      condition: "NEGATIVE_BALANCE",
      failedAction: null,
      priority: 5,
      link: { kind: "chat" },
    }),
  },
  "hints.update": {
    audience: CONTENT_STAFF,
    input: () => ({
      hintId: "missing",
      version: 1,
      text: "Баланс ниже нуля",
      textEn: "Balance below zero",
      pages: [],
      condition: null,
      failedAction: null,
      priority: 0,
      link: { kind: "none" },
    }),
  },
  "hints.setArchived": { audience: CONTENT_STAFF, input: () => ({ hintId: "missing", archived: true, version: 1 }) },
  "hints.preview": {
    audience: CONTENT_STAFF,
    input: () => ({ pages: ["account"], condition: "NEGATIVE_BALANCE", failedAction: null, priority: 0 }),
  },
  "options.previewConnect": { audience: ["subscriber"], input: () => ({ optionId: "missing" }) },
  "options.connect": {
    audience: ["subscriber"],
    input: () => ({ optionId: "missing", idempotencyKey: "access-rules-option-0001" }),
  },
  "options.disconnect": {
    audience: ["subscriber"],
    input: () => ({ optionId: "missing", idempotencyKey: "access-rules-option-0002" }),
  },
  "payments.overview": { audience: ["subscriber"] },
  "payments.ledger": { audience: ["subscriber"], input: () => ({ page: 1 }) },
  "payments.spending": { audience: ["subscriber"] },
  "payments.topUp": {
    audience: ["subscriber"],
    input: () => ({ amount: 50_000, idempotencyKey: "access-rules-top-up-0001" }),
  },
  "promisedPayments.state": { audience: ["subscriber"] },
  "promisedPayments.take": {
    audience: ["subscriber"],
    input: () => ({ amount: 50_000, idempotencyKey: "access-rules-promised-0001" }),
  },
  "autopay.state": { audience: ["subscriber"] },
  "autopay.saveMethod": { audience: ["subscriber"] },
  "autopay.save": {
    audience: ["subscriber"],
    input: () => ({ threshold: 10_000, topUpAmount: 50_000, monthlyCharge: false }),
  },
  "autopay.switchOff": { audience: ["subscriber"] },
  "autopay.removeMethod": { audience: ["subscriber"] },
  "selfServiceSurvey.pending": { audience: ["subscriber"] },
  "selfServiceSurvey.rate": { audience: ["subscriber"], input: () => ({ contactId: "missing", resolved: true }) },
  "selfServiceSurvey.dismiss": { audience: ["subscriber"], input: () => ({ contactId: "missing" }) },
  "selfServiceSurvey.reviewClick": {
    audience: ["subscriber"],
    input: () => ({ contactId: "missing", platformId: "missing" }),
  },
  "notices.list": { audience: ["subscriber"] },
  "notices.unread": { audience: ["subscriber"] },
  "notices.markRead": { audience: ["subscriber"] },
  "notices.settings": { audience: ["subscriber"] },
  "notices.saveSettings": {
    audience: ["subscriber"],
    input: () => everyNoticeKind({ enabled: true, sms: true, email: false }),
  },
  "banners.list": { audience: ["MARKETER", "ADMIN"], input: () => ({ status: "ACTIVE" }) },
  "banners.get": { audience: ["MARKETER", "ADMIN"], input: () => ({ bannerId: "missing" }) },
  "banners.choices": { audience: ["MARKETER", "ADMIN"] },
  "banners.create": {
    audience: ["MARKETER", "ADMIN"],
    input: () => ({
      title: "Быстрый интернет",
      text: "Подключите 500 Мбит/с",
      ctaLabel: "Подключить",
      topic: "Интернет 500",
      placement: "LANDING_HERO",
      audience: { kind: "VISITORS" },
      startsAt: new Date("2026-05-01T00:00:00Z"),
      endsAt: new Date("2026-06-01T00:00:00Z"),
      priority: 10,
    }),
  },
  "banners.update": {
    audience: ["MARKETER", "ADMIN"],
    input: () => ({
      bannerId: "missing",
      title: "Быстрый интернет",
      text: "Подключите 500 Мбит/с",
      ctaLabel: "Подключить",
      topic: "Интернет 500",
      placement: "LANDING_HERO",
      audience: { kind: "VISITORS" },
      startsAt: new Date("2026-05-01T00:00:00Z"),
      endsAt: new Date("2026-06-01T00:00:00Z"),
      priority: 10,
    }),
  },
  "banners.setStatus": { audience: ["MARKETER", "ADMIN"], input: () => ({ bannerId: "missing", action: "publish" }) },
  "bannerFunnel.report": { audience: ["MARKETER", "ADMIN"], input: () => ({ from: "2026-04-01", to: "2026-04-30" }) },
  "channels.list": { audience: ["ADMIN"] },
  "devMessenger.people": { audience: ["anyone"] },
  "devMessenger.conversation": { audience: ["anyone"], input: () => ({ contactId: 900001 }) },
  "devMessenger.act": {
    audience: ["anyone"],
    input: () => ({ contactId: 900001, action: { kind: "text", text: "Привет" } }),
  },
  "channels.connect": {
    audience: ["ADMIN"],
    input: () => ({ channel: "TELEGRAM", name: "Бот", fields: { token: "not-a-token" } }),
  },
  "channels.testConnection": { audience: ["ADMIN"], input: () => ({ inboxId: "missing" }) },
  "channels.setEnabled": { audience: ["ADMIN"], input: () => ({ inboxId: "missing", enabled: false }) },
  "catalogue.tariffs": { audience: ["ADMIN"] },
  "catalogue.options": { audience: ["ADMIN"] },
  "catalogue.createTariff": {
    audience: ["ADMIN"],
    input: () => ({ code: "access-rules-tariff", ...tariffSample }),
  },
  "catalogue.updateTariff": {
    audience: ["ADMIN"],
    input: () => ({ tariffId: "missing", version: 0, feeEffectiveFrom: "2099-01-01", ...tariffSample }),
  },
  "catalogue.previewTariffFee": {
    audience: ["ADMIN"],
    input: () => ({ tariffId: "missing", monthlyFee: 50_000, feeEffectiveFrom: "2099-01-01" }),
  },
  "catalogue.setTariffArchived": { audience: ["ADMIN"], input: () => ({ id: "missing", version: 0, archived: true }) },
  "catalogue.createOption": { audience: ["ADMIN"], input: () => ({ code: "access-rules-option", ...optionSample }) },
  "catalogue.updateOption": {
    audience: ["ADMIN"],
    input: () => ({ optionId: "missing", version: 0, ...optionSample }),
  },
  "catalogue.setOptionArchived": { audience: ["ADMIN"], input: () => ({ id: "missing", version: 0, archived: true }) },
  "catalogue.changes": { audience: ["ADMIN"], input: () => ({ kind: "tariff", id: "missing" }) },
  "knowledge.search": { audience: ["OPERATOR", "SUPERVISOR"], input: () => ({ query: "роуминг" }) },
  "knowledge.suggest": { audience: ["OPERATOR", "SUPERVISOR"], input: () => ({ chatId: "missing" }) },
};

const procedures = (appRouter._def as unknown as { procedures: Record<string, AnyProcedure> }).procedures;

let testDb: TestDb;
let ids: Ids;
const principals: Array<{ name: Audience; principal: Principal | null }> = [];

async function call(principal: Principal | null, path: string, input: unknown) {
  const caller = createCaller(testContext(testDb.db, principal)) as unknown as Record<
    string,
    Record<string, (i: unknown) => Promise<unknown>>
  >;
  const [router, name] = path.split(".") as [string, string];
  return caller[router]![name]!(input);
}

function acceptsAccountId(procedure: AnyProcedure): boolean {
  const inputs = (procedure._def as unknown as { inputs: Array<{ shape?: Record<string, unknown> }> }).inputs;
  return inputs.some((schema) => Object.keys(schema.shape ?? {}).some((key) => /accountId$/i.test(key)));
}

beforeAll(async () => {
  testDb = await createTestDb();
  const own = await createSubscriber(testDb.db);
  const other = await createSubscriber(testDb.db);
  ids = { own: own.id, other: other.id };
  principals.push({ name: "visitor", principal: null }, { name: "subscriber", principal: subscriberPrincipal(own) });
  for (const role of ALL_STAFF)
    principals.push({ name: role, principal: staffPrincipal(await createStaff(testDb.db, [role])) });
});
afterAll(() => testDb.close());

describe(`access rules for every procedure (${testDbLabel()})`, () => {
  it("has a rule for every procedure in the router", () => {
    expect(Object.keys(procedures).sort()).toEqual(Object.keys(rules).sort());
  });

  for (const [path, rule] of Object.entries(rules)) {
    it(`${path}: only ${rule.audience.join(", ")}`, async () => {
      for (const { name, principal } of principals) {
        const allowed = rule.audience.includes("anyone") || rule.audience.includes(name);
        const outcome = await call(principal, path, rule.input?.(ids)).then(
          () => "ok",
          (error: { code?: string }) => error.code ?? "error",
        );
        if (allowed) expect([name, outcome]).not.toEqual([name, expect.stringMatching(/^(UNAUTHORIZED|FORBIDDEN)$/)]);
        else expect([name, outcome]).toEqual([name, principal ? "FORBIDDEN" : "UNAUTHORIZED"]);
      }
    });
  }

  it("refuses another subscriber's id in every procedure that takes an account id", async () => {
    const idTaking = Object.entries(procedures)
      .filter(([, p]) => acceptsAccountId(p))
      .map(([path]) => path);
    expect(idTaking.length).toBeGreaterThan(0);
    const subscriber = principals.find((p) => p.name === "subscriber")!.principal;
    for (const path of idTaking) {
      const input = rules[path]!.input!({ own: ids.other, other: ids.own });
      await expect(call(subscriber, path, input), path).rejects.toMatchObject({
        code: expect.stringMatching(/^(NOT_FOUND|FORBIDDEN)$/),
      });
      await expect(call(subscriber, path, rules[path]!.input!(ids)), path).resolves.toBeDefined();
    }
  });
});
