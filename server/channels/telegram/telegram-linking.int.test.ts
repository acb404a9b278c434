/** A Telegram contact links to a subscriber account by an SMS code or a shared contact, and can unlink. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCaller } from "@/server/api/root";
import { createStaff, createSubscriber, staffPrincipal, testContext } from "@/server/testing/fixtures";
import { createTestDb, testDbLabel, type TestDb } from "@/server/testing/test-db";
import { telegramInboxHarness } from "@/server/testing/telegram-inbox";
import { telegramPerson } from "@/server/testing/telegram-person";

let testDb: TestDb;
let tg: Awaited<ReturnType<typeof telegramInboxHarness>>;
beforeAll(async () => {
  testDb = await createTestDb();
  tg = await telegramInboxHarness(testDb.db);
});
afterAll(async () => {
  await tg.fake.close();
  await testDb.close();
});

const person = (id: number) => telegramPerson(tg, testDb.db, id);

/** The code of the newest SMS to this phone, as the subscriber would read it. */
async function smsCode(phone: string) {
  const sms = await testDb.db.outboxMessage.findFirstOrThrow({
    where: { channel: "SMS", recipient: phone },
    orderBy: { sequence: "desc" },
  });
  expect(sms.body).toMatch(/привязки мессенджера/);
  return /(\d{6})/.exec(sms.body)![1]!;
}

const otherCode = (code: string) => (code === "111111" ? "222222" : "111111");

describe(`Linking a Telegram contact to an account (${testDbLabel()})`, () => {
  it("links by the SMS code after a wrong one; the chat becomes the subscriber's, with the panel and consent", async () => {
    const account = await createSubscriber(testDb.db, { phone: "+79161234567" });
    const petr = person(5001);
    await petr.say("/start");
    await petr.say("/link");
    const ask = (await petr.received()).at(-1)!;
    expect(ask.fields.reply_markup).toEqual({
      keyboard: [[{ text: "Поделиться номером", request_contact: true }]],
      one_time_keyboard: true,
      resize_keyboard: true,
    });
    await petr.say("8 916 123-45-67");
    expect(await petr.lastText()).toMatch(/придёт SMS с кодом.*10 минут/);
    const code = await smsCode(account.phone);

    await petr.say(otherCode(code));
    expect(await petr.lastText()).toMatch(/Код не подходит/);
    expect((await petr.contact()).accountId).toBeNull();
    await petr.say(code);
    expect(await petr.lastText()).toBe(
      `Готово: чат привязан к лицевому счёту ${account.accountNumber}. Оператор увидит ваш счёт и сможет помочь с ним. Отвязать: /unlink`,
    );
    expect(await petr.contact()).toMatchObject({ accountId: account.id, prompt: null });
    const audit = await testDb.db.auditLogEntry.findMany({ where: { subjectAccountId: account.id } });
    expect(audit.map((entry) => entry.action).sort()).toEqual([
      "channels.contact_linked",
      "channels.link_code_requested",
    ]);

    // The chat opened at /start is now the subscriber's: the operator sees the account beside it.
    await petr.say("позовите оператора");
    const chat = await testDb.db.chat.findFirstOrThrow({ where: { accountId: account.id } });
    expect(chat).toMatchObject({ channel: "TELEGRAM", state: "QUEUED" });
    const operator = await createStaff(testDb.db, ["OPERATOR"]);
    const staff = createCaller(testContext(testDb.db, staffPrincipal(operator)));
    await staff.workspace.take({ chatId: chat.id });
    const details = await staff.workspace.details({ chatId: chat.id });
    expect(details.account).toMatchObject({ accountNumber: account.accountNumber });
    expect(details.visitor).toBeNull();

    // Acting for the subscriber needs their consent, given with a button in Telegram.
    await staff.workspace.requestConsent({ chatId: chat.id });
    const consentButton = (await petr.received()).at(-1)!.fields.reply_markup as {
      inline_keyboard: Array<Array<{ text: string; callback_data: string }>>;
    };
    expect(consentButton.inline_keyboard.flat()).toEqual([{ text: "Разрешаю", callback_data: "consent" }]);
    await petr.press("consent");
    expect((await testDb.db.chat.findUniqueOrThrow({ where: { id: chat.id } })).actionConsentAt).not.toBeNull();
  });

  it("refuses an expired code, and the right code after five wrong ones", async () => {
    const account = await createSubscriber(testDb.db, { phone: "+79161110000" });
    const olga = person(5002);
    await olga.say("/link");
    await olga.say("+7 916 111-00-00");
    const first = await smsCode(account.phone);
    const later = new Date(Date.now() + 11 * 60_000);
    await olga.say(first, later);
    expect(await olga.lastText(later)).toMatch(/Код не подходит или уже не действует/);

    await olga.say("/link");
    await olga.say(account.accountNumber);
    const second = await smsCode(account.phone);
    expect(second).not.toBeUndefined();
    for (let i = 0; i < 5; i++) await olga.say(otherCode(second));
    await olga.say(second);
    expect(await olga.lastText()).toMatch(/Код не подходит/);
    expect((await olga.contact()).accountId).toBeNull();
    const codes = await testDb.db.contactLinkCode.findMany({ where: { accountId: account.id } });
    expect(codes.map((c) => c.attempts).sort()).toEqual([0, 5]);
  });

  it("limits code requests per account as password recovery does, and says when to try again", async () => {
    const account = await createSubscriber(testDb.db, { phone: "+79163330000" });
    const ivan = person(5003);
    for (let i = 0; i < 6; i++) {
      await ivan.say("/link");
      await ivan.say("89163330000");
    }
    expect(await ivan.lastText()).toMatch(/Слишком много попыток. Попробуйте снова через \d+ минут/);
    expect(await testDb.db.outboxMessage.count({ where: { channel: "SMS", recipient: account.phone } })).toBe(5);
    // A number that is nobody's gets the same answer as a subscriber's, and no SMS.
    const anna = person(5004);
    await anna.say("/link");
    await anna.say("+7 999 000-11-22");
    expect(await anna.lastText()).toMatch(/Если номер принадлежит абоненту/);
    expect(await testDb.db.outboxMessage.count({ where: { recipient: "+79990001122" } })).toBe(0);
  });

  it("links a shared contact that is the sender's own and an account's phone; refuses another's or an unknown one", async () => {
    const account = await createSubscriber(testDb.db, { phone: "+79162223344" });
    const stranger = person(5005);
    await stranger.share("79162223344", 999_999);
    expect(await stranger.lastText()).toMatch(/только своим номером/);
    await stranger.share("79160000000", stranger.id);
    expect(await stranger.lastText()).toMatch(/не совпадает с номером лицевого счёта/);
    expect((await stranger.contact()).accountId).toBeNull();

    const owner = person(5006);
    await owner.share("79162223344", owner.id);
    expect(await owner.lastText()).toMatch(`привязан к лицевому счёту ${account.accountNumber}`);
    expect((await owner.contact()).accountId).toBe(account.id);
    const linked = await testDb.db.auditLogEntry.findFirstOrThrow({
      where: { action: "channels.contact_linked", subjectAccountId: account.id },
    });
    expect(linked.details).toMatchObject({ method: "SHARED_CONTACT" });
  });

  it("unlinks on /unlink: the subscriber's chat there ends, and the next one is a visitor's", async () => {
    const owner = person(5006);
    const { accountId } = await owner.contact();
    await owner.say("здравствуйте, вопрос по тарифу");
    const subscriberChat = await testDb.db.chat.findFirstOrThrow({ where: { accountId: accountId! } });
    expect(["BOT", "QUEUED"]).toContain(subscriberChat.state);
    await owner.say("/unlink");
    expect(await owner.lastText()).toMatch(/Чат отвязан от лицевого счёта/);
    expect((await owner.contact()).accountId).toBeNull();
    expect((await testDb.db.chat.findUniqueOrThrow({ where: { id: subscriberChat.id } })).state).toBe("CLOSED");
    expect(
      await testDb.db.auditLogEntry.count({
        where: { action: "channels.contact_unlinked", subjectAccountId: accountId },
      }),
    ).toBe(1);

    await owner.say("снова я");
    const contact = await owner.contact();
    const next = await testDb.db.chat.findFirstOrThrow({
      where: { visitorToken: contact.visitorToken, state: { in: ["BOT", "QUEUED"] } },
    });
    expect(next.accountId).toBeNull();
    await owner.say("/unlink");
    expect(await owner.lastText()).toMatch(/не привязан/);
  });

  it("lets the chat's operator or a supervisor unlink the contact in the workspace: audited, the chat ends, the contact is told", async () => {
    const account = await createSubscriber(testDb.db, { phone: "+79163334455" });
    const anna = person(5010);
    await anna.share("79163334455", anna.id);
    await anna.say("позовите оператора");
    const chat = await testDb.db.chat.findFirstOrThrow({ where: { accountId: account.id, state: "QUEUED" } });
    const operator = await createStaff(testDb.db, ["OPERATOR"]);
    const otherOperator = await createStaff(testDb.db, ["OPERATOR"]);
    const marketer = await createStaff(testDb.db, ["MARKETER"]);
    const as = (staff: typeof operator) => createCaller(testContext(testDb.db, staffPrincipal(staff)));
    await as(operator).workspace.take({ chatId: chat.id });
    expect((await as(operator).workspace.details({ chatId: chat.id })).chat.contactLinked).toBe(true);

    // Someone else's chat, or no workspace at all: refused, nothing changes.
    await expect(as(otherOperator).workspace.unlinkContact({ chatId: chat.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(as(marketer).workspace.unlinkContact({ chatId: chat.id })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    expect((await anna.contact()).accountId).toBe(account.id);

    expect(await as(operator).workspace.unlinkContact({ chatId: chat.id })).toEqual({ unlinked: true });
    expect((await anna.contact()).accountId).toBeNull();
    expect((await testDb.db.chat.findUniqueOrThrow({ where: { id: chat.id } })).state).toBe("CLOSED");
    expect(await anna.lastText()).toMatch(/^Оператор отвязал этот чат от лицевого счёта/);
    const audit = await testDb.db.auditLogEntry.findFirstOrThrow({
      where: { action: "channels.contact_unlinked", subjectAccountId: account.id },
    });
    expect(audit).toMatchObject({ actorKind: "STAFF", actorStaffId: operator.id, entityId: (await anna.contact()).id });
    expect(audit.details).toEqual({ by: "staff", chatId: chat.id });
    await expect(as(operator).workspace.unlinkContact({ chatId: chat.id })).rejects.toMatchObject({
      code: "CONFLICT",
    });

    // A supervisor may unlink a chat nobody has taken yet; the next message comes from a visitor.
    await anna.share("79163334455", anna.id);
    await anna.say("ещё вопрос по счёту");
    const next = await testDb.db.chat.findFirstOrThrow({
      where: { accountId: account.id, state: { in: ["BOT", "QUEUED"] } },
    });
    const supervisor = await createStaff(testDb.db, ["SUPERVISOR"]);
    expect(await as(supervisor).workspace.unlinkContact({ chatId: next.id })).toEqual({ unlinked: true });
    expect((await anna.contact()).accountId).toBeNull();
    await anna.say("я снова здесь");
    const visitorChat = await testDb.db.chat.findFirstOrThrow({
      where: { visitorToken: (await anna.contact()).visitorToken, state: { in: ["BOT", "QUEUED"] } },
    });
    expect(visitorChat.accountId).toBeNull();
  });
});
