import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, testDbLabel, type TestDb } from "@/server/testing/test-db";
import { createStaff, createSubscriber } from "@/server/testing/fixtures";
import { resolvePrincipal } from "./resolve-principal";

let testDb: TestDb;
beforeAll(async () => {
  testDb = await createTestDb();
});
afterAll(() => testDb.close());

describe(`resolvePrincipal (${testDbLabel()})`, () => {
  it("resolves a subscriber whose session version still matches", async () => {
    const account = await createSubscriber(testDb.db);
    expect(await resolvePrincipal(testDb.db, { kind: "subscriber", id: account.id, sv: 0 })).toEqual({
      kind: "subscriber",
      accountId: account.id,
      sessionVersion: 0,
    });
    expect(await resolvePrincipal(testDb.db, { kind: "subscriber", id: account.id, sv: 1 })).toBeNull();
    expect(await resolvePrincipal(testDb.db, { kind: "subscriber", id: "missing", sv: 0 })).toBeNull();
  });

  it("resolves active staff with their current roles", async () => {
    const staff = await createStaff(testDb.db, ["SUPERVISOR", "OPERATOR"]);
    expect(await resolvePrincipal(testDb.db, { kind: "staff", id: staff.id, sv: 0 })).toEqual({
      kind: "staff",
      staffId: staff.id,
      roles: ["SUPERVISOR", "OPERATOR"],
      sessionVersion: 0,
    });
    const roleless = await createStaff(testDb.db, []);
    expect(await resolvePrincipal(testDb.db, { kind: "staff", id: roleless.id, sv: 0 })).toMatchObject({ roles: [] });
    expect(await resolvePrincipal(testDb.db, { kind: "staff", id: staff.id, sv: 1 })).toBeNull();
    expect(await resolvePrincipal(testDb.db, { kind: "staff", id: "missing", sv: 0 })).toBeNull();
    // An account id is not a staff id, whatever the cookie claims.
    const account = await createSubscriber(testDb.db);
    expect(await resolvePrincipal(testDb.db, { kind: "staff", id: account.id, sv: 0 })).toBeNull();
  });

  it("refuses disabled staff and a missing session", async () => {
    const staff = await createStaff(testDb.db, ["OPERATOR"], { isActive: false });
    expect(await resolvePrincipal(testDb.db, { kind: "staff", id: staff.id, sv: 0 })).toBeNull();
    expect(await resolvePrincipal(testDb.db, undefined)).toBeNull();
  });
});
