import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, testDbLabel, type TestDb } from "@/server/testing/test-db";
import { createStaff, staffPrincipal, testContext } from "@/server/testing/fixtures";
import { appErrorOf } from "@/server/testing/app-error-of";
import { createCaller } from "@/server/api/root";
import { verifyPassword } from "@/server/auth/password";
import { resolvePrincipal } from "@/server/auth/resolve-principal";
import type { Principal, StaffPrincipal } from "@/server/auth/principal";
import { createStaff as createStaffMember } from "./create-staff";
import { updateStaff } from "./update-staff";
import type { StaffListItem } from "./list-staff";
import type { StaffSkill } from "./staff-limits";

let testDb: TestDb;
let admin: StaffPrincipal;
const as = (principal: Principal) => createCaller(testContext(testDb.db, principal));
const causeCode = (p: Promise<unknown>) =>
  p.then(
    () => "ok",
    (e: { cause?: { code?: string }; code?: string }) => e.cause?.code ?? e.code,
  );
let n = 0;
const newMember = (overrides: Record<string, unknown> = {}) => ({
  fullName: "Петрова Анна Сергеевна",
  email: `new.member${++n}@test.local`,
  password: "first-password-1",
  roles: ["OPERATOR" as const],
  skills: ["support" as const],
  ...overrides,
});
const profileOf = (m: Omit<StaffListItem, "email" | "isActive">) => ({
  staffId: m.id,
  fullName: m.fullName,
  roles: m.roles,
  chatLimit: m.chatLimit,
  skills: m.skills as StaffSkill[],
});

beforeAll(async () => {
  testDb = await createTestDb();
  admin = staffPrincipal(await createStaff(testDb.db, ["ADMIN"])) as StaffPrincipal;
});
afterAll(() => testDb.close());

describe(`staff management (${testDbLabel()})`, () => {
  it("creates a member with a hashed password, the default chat limit and an audit entry", async () => {
    const created = await as(admin).staff.create(newMember({ email: "  Olga.New@Test.Local " }));
    expect(created).toMatchObject({
      email: "olga.new@test.local",
      roles: ["OPERATOR"],
      chatLimit: 4,
      skills: ["support"],
      isActive: true,
    });
    const stored = await testDb.db.staffUser.findUniqueOrThrow({ where: { id: created.id } });
    expect(stored.passwordHash).not.toContain("first-password-1");
    expect(await verifyPassword(stored.passwordHash, "first-password-1")).toBe(true);
    expect(
      await testDb.db.auditLogEntry.findFirstOrThrow({ where: { action: "staff.create", entityId: created.id } }),
    ).toMatchObject({
      actorKind: "STAFF",
      actorStaffId: admin.staffId,
      entityType: "StaffUser",
      details: expect.objectContaining({ email: "olga.new@test.local" }),
    });
    expect((await as(admin).staff.list()).map((m) => m.id)).toContain(created.id);
  });

  it("refuses an e-mail that is taken, in any capitalisation, with its own error", async () => {
    await as(admin).staff.create(newMember({ email: "taken@test.local" }));
    expect(await causeCode(as(admin).staff.create(newMember({ email: "TAKEN@test.local" })))).toBe("EMAIL_TAKEN");
    expect((await appErrorOf(createStaffMember(testDb.db, admin, newMember({ email: "taken@test.local" })))).code).toBe(
      "EMAIL_TAKEN",
    );
    expect(await testDb.db.staffUser.count({ where: { email: "taken@test.local" } })).toBe(1);
  });

  it("refuses a bad chat limit, short password, no roles, unknown skill or e-mail", async () => {
    const bad = [
      { chatLimit: 0 },
      { chatLimit: 21 },
      { chatLimit: 2.5 },
      { password: "short-pw1" },
      { roles: [] },
      { skills: ["roaming"] },
      { email: "not-an-email" },
      { fullName: " " },
    ];
    const staffBefore = await testDb.db.staffUser.count();
    for (const override of bad) {
      const input = newMember(override);
      expect([override, await causeCode(as(admin).staff.create(input as never))]).toEqual([override, "BAD_REQUEST"]);
      expect((await appErrorOf(createStaffMember(testDb.db, admin, input as never))).code).toBe("INVALID_INPUT");
    }
    expect(await testDb.db.staffUser.count()).toBe(staffBefore);
    const edge = await as(admin).staff.create(newMember({ chatLimit: 20, password: "x".repeat(10) }));
    expect(edge.chatLimit).toBe(20);
  });

  it("edits name, roles, chat limit and skills, recording before and after", async () => {
    const member = await as(admin).staff.create(newMember());
    const updated = await as(admin).staff.update({
      staffId: member.id,
      fullName: "Петрова-Иванова Анна",
      roles: ["OPERATOR", "SUPERVISOR"],
      chatLimit: 6,
      skills: ["support", "sales"],
    });
    expect(updated).toMatchObject({
      fullName: "Петрова-Иванова Анна",
      roles: ["OPERATOR", "SUPERVISOR"],
      chatLimit: 6,
      skills: ["support", "sales"],
    });
    expect(
      await testDb.db.auditLogEntry.findFirstOrThrow({ where: { action: "staff.update", entityId: member.id } }),
    ).toMatchObject({
      actorStaffId: admin.staffId,
      details: {
        before: expect.objectContaining({ chatLimit: 4, roles: ["OPERATOR"] }),
        after: expect.objectContaining({ chatLimit: 6 }),
      },
    });
    expect(await causeCode(as(admin).staff.update({ ...profileOf(member), chatLimit: 21 }))).toBe("BAD_REQUEST");
    expect((await appErrorOf(updateStaff(testDb.db, admin, { ...profileOf(member), chatLimit: 0 }))).details).toEqual({
      field: "chatLimit",
    });
    expect(await causeCode(as(admin).staff.update({ ...profileOf(member), staffId: "missing" }))).toBe("NOT_FOUND");
  });

  it("does not let an administrator lock themselves out", async () => {
    const me = await testDb.db.staffUser.findUniqueOrThrow({ where: { id: admin.staffId } });
    expect(await causeCode(as(admin).staff.setActive({ staffId: admin.staffId, active: false }))).toBe("SELF_LOCKOUT");
    expect(await causeCode(as(admin).staff.update({ ...profileOf(me), roles: ["SUPERVISOR"] }))).toBe("SELF_LOCKOUT");
    expect(await testDb.db.staffUser.findUniqueOrThrow({ where: { id: admin.staffId } })).toMatchObject({
      isActive: true,
      roles: ["ADMIN"],
    });
    await as(admin).staff.update({ ...profileOf(me), roles: ["ADMIN", "SUPERVISOR"], chatLimit: 5 });
    expect((await testDb.db.staffUser.findUniqueOrThrow({ where: { id: admin.staffId } })).roles).toEqual([
      "ADMIN",
      "SUPERVISOR",
    ]);
  });

  it("disabling ends the member's sessions, even after they are enabled again", async () => {
    const member = await as(admin).staff.create(newMember());
    const before = await testDb.db.staffUser.findUniqueOrThrow({ where: { id: member.id } });
    const oldSession = { kind: "staff" as const, id: member.id, sv: before.sessionVersion };
    expect(await resolvePrincipal(testDb.db, oldSession)).toMatchObject({ kind: "staff", staffId: member.id });

    expect(await as(admin).staff.setActive({ staffId: member.id, active: false })).toMatchObject({ isActive: false });
    const disabled = await testDb.db.staffUser.findUniqueOrThrow({ where: { id: member.id } });
    expect(disabled.sessionVersion).toBe(before.sessionVersion + 1);
    expect(await resolvePrincipal(testDb.db, oldSession)).toBeNull();
    expect(await resolvePrincipal(testDb.db, { ...oldSession, sv: disabled.sessionVersion })).toBeNull();

    // A second disable changes nothing and records nothing.
    await as(admin).staff.setActive({ staffId: member.id, active: false });
    expect((await testDb.db.staffUser.findUniqueOrThrow({ where: { id: member.id } })).sessionVersion).toBe(
      disabled.sessionVersion,
    );

    expect(await as(admin).staff.setActive({ staffId: member.id, active: true })).toMatchObject({ isActive: true });
    expect(await resolvePrincipal(testDb.db, oldSession)).toBeNull();
    expect(await resolvePrincipal(testDb.db, { ...oldSession, sv: disabled.sessionVersion })).toMatchObject({
      staffId: member.id,
    });

    const audit = await testDb.db.auditLogEntry.findMany({
      where: { entityId: member.id, action: { in: ["staff.disable", "staff.enable"] } },
      orderBy: { createdAt: "asc" },
    });
    expect(audit.map((a) => [a.action, a.actorStaffId])).toEqual([
      ["staff.disable", admin.staffId],
      ["staff.enable", admin.staffId],
    ]);
    expect(await causeCode(as(admin).staff.setActive({ staffId: "missing", active: false }))).toBe("NOT_FOUND");
  });

  it("is for administrators only", async () => {
    const member = await as(admin).staff.create(newMember());
    for (const role of ["OPERATOR", "SUPERVISOR", "MARKETER"] as const) {
      const caller = as(staffPrincipal(await createStaff(testDb.db, [role])));
      expect(await causeCode(caller.staff.create(newMember()))).toBe("FORBIDDEN");
      expect(await causeCode(caller.staff.update({ ...profileOf(member), chatLimit: 9 }))).toBe("FORBIDDEN");
      expect(await causeCode(caller.staff.setActive({ staffId: member.id, active: false }))).toBe("FORBIDDEN");
    }
    expect(await testDb.db.staffUser.findUniqueOrThrow({ where: { id: member.id } })).toMatchObject({
      isActive: true,
      chatLimit: 4,
    });
  });
});
