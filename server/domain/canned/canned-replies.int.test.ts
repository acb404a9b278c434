import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, testDbLabel, type TestDb } from "@/server/testing/test-db";
import { createStaff, createSubscriber, staffPrincipal, testContext } from "@/server/testing/fixtures";
import { createCaller } from "@/server/api/root";
import type { StaffRole } from "@/server/generated/prisma/enums";

let testDb: TestDb;
beforeAll(async () => {
  testDb = await createTestDb();
});
afterAll(() => testDb.close());

async function as(roles: StaffRole[]) {
  const staff = await createStaff(testDb.db, roles);
  return { staff, caller: createCaller(testContext(testDb.db, staffPrincipal(staff))) };
}
const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => "ok",
    (e: { code?: string; message?: string }) => `${e.code}:${e.message?.startsWith("[") ? "zod" : e.message}`,
  );

const reply = { title: "Приветствие", shortcut: "/Hi", text: "Здравствуйте, {имя}! <img src=x onerror=alert(1)>" };

describe(`canned replies (${testDbLabel()})`, () => {
  it("lets content staff manage shared replies and refuses operators and marketers, with an audit trail", async () => {
    const editor = await as(["CONTENT_EDITOR"]);
    const operator = await as(["OPERATOR"]);
    const marketer = await as(["MARKETER"]);
    const { id } = await editor.caller.canned.create({ ...reply, scope: "shared" });
    const stored = await testDb.db.cannedResponse.findUniqueOrThrow({ where: { id } });
    expect(stored).toMatchObject({ shortcut: "hi", ownerId: null, text: reply.text });

    const seen = (await operator.caller.canned.list()).replies.find((r) => r.id === id);
    expect(seen).toMatchObject({ scope: "shared", editable: false });
    const edit = { cannedId: id, version: 1, title: "Мой", shortcut: "hi", text: "Чужое" };
    expect(await refusal(operator.caller.canned.update(edit))).toBe("FORBIDDEN:FORBIDDEN");
    expect(await refusal(operator.caller.canned.remove({ cannedId: id }))).toBe("FORBIDDEN:FORBIDDEN");
    expect(await refusal(operator.caller.canned.create({ ...reply, shortcut: "x", scope: "shared" }))).toBe(
      "FORBIDDEN:FORBIDDEN",
    );
    expect(await refusal(marketer.caller.canned.list())).toMatch(/^FORBIDDEN/);
    expect(await refusal(marketer.caller.canned.create({ ...reply, scope: "personal" }))).toMatch(/^FORBIDDEN/);

    await editor.caller.canned.update({ ...edit, title: "Привет", text: "Добрый день, {имя}!" });
    expect(await refusal(editor.caller.canned.update(edit))).toBe("CONFLICT:VERSION_CONFLICT");
    const actions = await testDb.db.auditLogEntry.findMany({ where: { entityId: id }, orderBy: { createdAt: "asc" } });
    expect(actions.map((a) => a.action)).toEqual(["canned.create", "canned.update"]);
    expect(actions[1]?.details).toMatchObject({ before: { title: "Приветствие" }, after: { title: "Привет" } });
  });

  it("keeps a personal reply to its owner: another operator neither sees, edits nor deletes it", async () => {
    const owner = await as(["OPERATOR"]);
    const other = await as(["OPERATOR"]);
    const { id } = await owner.caller.canned.create({ ...reply, scope: "personal" });
    expect((await owner.caller.canned.list()).replies.find((r) => r.id === id)).toMatchObject({ editable: true });
    expect((await other.caller.canned.list()).replies.map((r) => r.id)).not.toContain(id);
    const edit = { cannedId: id, version: 1, title: "Чужой", shortcut: "hi", text: "Чужое" };
    expect(await refusal(other.caller.canned.update(edit))).toBe("NOT_FOUND:NOT_FOUND");
    expect(await refusal(other.caller.canned.remove({ cannedId: id }))).toBe("NOT_FOUND:NOT_FOUND");
    expect(await testDb.db.cannedResponse.findUnique({ where: { id } })).toMatchObject({ title: "Приветствие" });

    await owner.caller.canned.remove({ cannedId: id });
    expect(await testDb.db.cannedResponse.findUnique({ where: { id } })).toBeNull();
    expect(await testDb.db.auditLogEntry.count({ where: { entityId: id, action: "canned.delete" } })).toBe(1);
  });

  it("keeps a shortcut unique within its owner's scope and refuses a malformed one by field", async () => {
    const first = await as(["OPERATOR"]);
    const second = await as(["SUPERVISOR"]);
    await first.caller.canned.create({ ...reply, shortcut: "thanks", scope: "personal" });
    await second.caller.canned.create({ ...reply, shortcut: "thanks", scope: "personal" });
    const twice = await first.caller.canned
      .create({ ...reply, shortcut: "/THANKS", scope: "personal" })
      .catch((e) => e);
    expect(twice).toMatchObject({ message: "INVALID_INPUT", cause: { details: { field: "shortcut" } } });
    const malformed = await first.caller.canned
      .create({ ...reply, shortcut: "two words", scope: "personal" })
      .catch((e: { cause?: { issues?: Array<{ path: PropertyKey[] }> } }) => e.cause?.issues?.map((i) => i.path[0]));
    expect(malformed).toEqual(["shortcut"]);
  });

  it("offers the operator the shared replies and their own in the chat, a visitor's name left out", async () => {
    const { staff, caller } = await as(["OPERATOR"]);
    await caller.canned.create({
      title: "Имя",
      shortcut: "name1",
      text: "Спасибо, {имя}, за ожидание.",
      scope: "personal",
    });
    const subscriber = await createSubscriber(testDb.db, { balance: -5_000 });
    const chatOf = (accountId: string | null) =>
      testDb.db.chat.create({
        data: { accountId, visitorToken: accountId ? null : "visitor-1", state: "ASSIGNED", operatorId: staff.id },
      });
    const withSubscriber = await caller.workspace.cannedResponses({ chatId: (await chatOf(subscriber.id)).id });
    expect(withSubscriber.find((r) => r.shortcut === "name1")).toMatchObject({
      personal: true,
      text: "Спасибо, Абонент, за ожидание.",
    });
    const withVisitor = await caller.workspace.cannedResponses({ chatId: (await chatOf(null)).id });
    expect(withVisitor.find((r) => r.shortcut === "name1")?.text).toBe("Спасибо за ожидание.");
    expect(withVisitor.every((r) => !/\{(имя|name|тариф|tariff|баланс|balance)\}/i.test(r.text))).toBe(true);
  });
});
