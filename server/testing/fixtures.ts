import type { Db } from "@/server/db-client";
import { hashPassword } from "@/server/auth/password";
import type { StaffRole } from "@/server/generated/prisma/enums";
import type { Principal } from "@/server/auth/principal";
import type { TrpcContext } from "@/server/api/trpc";
import { entryText } from "@/server/domain/payments/ledger-text";
import { recordingPublisher } from "./recording-publisher";

let counter = 0;
const next = () => ++counter;

export async function createTariff(db: Db, overrides: { monthlyFee?: number; isArchived?: boolean } = {}) {
  const n = next();
  return db.tariff.create({
    data: {
      code: `test-tariff-${n}`,
      name: `Тариф ${n}`,
      nameEn: `Tariff ${n}`,
      description: "Тестовый тариф",
      descriptionEn: "Test tariff",
      monthlyFee: overrides.monthlyFee ?? 50_000,
      includedMinutes: 300,
      includedMb: 10_240,
      includedSms: 50,
      isArchived: overrides.isArchived ?? false,
    },
  });
}

export async function createSubscriber(
  db: Db,
  opts: { phone?: string; accountNumber?: string; password?: string; balance?: number; tariffId?: string } = {},
) {
  const n = next();
  const tariffId = opts.tariffId ?? (await createTariff(db)).id;
  const account = await db.subscriberAccount.create({
    data: {
      accountNumber: opts.accountNumber ?? String(200_000_000 + n),
      phone: opts.phone ?? `+7955${String(n).padStart(7, "0")}`,
      fullName: `Тестов Абонент ${n}`,
      passwordHash: await hashPassword(opts.password ?? "subscriber-pass"),
      tariffId,
    },
  });
  if (opts.balance) {
    await db.ledgerEntry.create({
      data: { accountId: account.id, type: "ADJUSTMENT", amount: opts.balance, ...entryText("OPENING_BALANCE") },
    });
  }
  return account;
}

export async function createStaff(
  db: Db,
  roles: StaffRole[],
  opts: { email?: string; password?: string; isActive?: boolean } = {},
) {
  const n = next();
  return db.staffUser.create({
    data: {
      email: opts.email ?? `staff${n}@test.local`,
      fullName: `Сотрудник ${n}`,
      passwordHash: await hashPassword(opts.password ?? "staff-pass"),
      roles,
      isActive: opts.isActive ?? true,
    },
  });
}

export function subscriberPrincipal(account: { id: string; sessionVersion: number }): Principal {
  return { kind: "subscriber", accountId: account.id, sessionVersion: account.sessionVersion };
}

export function staffPrincipal(staff: { id: string; roles: StaffRole[]; sessionVersion: number }): Principal {
  return { kind: "staff", staffId: staff.id, roles: staff.roles, sessionVersion: staff.sessionVersion };
}

export function testContext(db: Db, principal: Principal | null): TrpcContext {
  return {
    db,
    principal,
    ip: "203.0.113.7",
    locale: "ru",
    visitorSessionKey: "00000000-0000-4000-8000-000000000001",
    realtime: recordingPublisher(),
  };
}
