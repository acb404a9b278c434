import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, testDbLabel, type TestDb } from "@/server/testing/test-db";
import { createStaff, staffPrincipal, testContext } from "@/server/testing/fixtures";
import { createCaller } from "@/server/api/root";
import type { Principal } from "@/server/auth/principal";
import { isContentStaff } from "./content-staff";

let testDb: TestDb;
const as = (principal: Principal) => createCaller(testContext(testDb.db, principal));

beforeAll(async () => {
  testDb = await createTestDb();
  await testDb.db.helpArticle.create({
    data: { slug: "one", title: "Статья", titleEn: "Article", body: "Текст", bodyEn: "Text", category: "other" },
  });
});
afterAll(() => testDb.close());

describe(`the content editor role (${testDbLabel()})`, () => {
  it("is content staff, as is the admin, and nobody else", async () => {
    for (const role of ["CONTENT_EDITOR", "ADMIN"] as const) {
      expect(isContentStaff(staffPrincipal(await createStaff(testDb.db, [role]))), role).toBe(true);
    }
    for (const role of ["OPERATOR", "SUPERVISOR", "MARKETER"] as const) {
      expect(isContentStaff(staffPrincipal(await createStaff(testDb.db, [role]))), role).toBe(false);
    }
    expect(isContentStaff(null)).toBe(false);
  });

  it("opens the help-articles section of the staff home, and only that", async () => {
    const editor = staffPrincipal(await createStaff(testDb.db, ["CONTENT_EDITOR"]));
    const home = await as(editor).staff.home();
    expect(home).toMatchObject({ roles: ["CONTENT_EDITOR"], helpArticles: 1 });
    expect(home.staff).toBeUndefined();
    expect(home.activeBanners).toBeUndefined();
    expect(home.queuedChats).toBeUndefined();
    const operator = staffPrincipal(await createStaff(testDb.db, ["OPERATOR"]));
    expect((await as(operator).staff.home()).helpArticles).toBeUndefined();
  });

  it("can be given to a staff member by an admin", async () => {
    const admin = staffPrincipal(await createStaff(testDb.db, ["ADMIN"]));
    const created = await as(admin).staff.create({
      fullName: "Белова Ирина Сергеевна",
      email: "editor.new@test.local",
      password: "first-password-1",
      roles: ["CONTENT_EDITOR"],
      skills: [],
    });
    expect(created.roles).toEqual(["CONTENT_EDITOR"]);
  });
});
