/**
 * The bench's people and chats, inserted in bulk: hashing a password per subscriber
 * (as the test fixtures do) would take minutes for 500 of them, and nobody logs in here.
 */
import type { Db } from "@/server/db-client";
import type { ChatParty } from "@/server/domain/chat/chat-party";

export interface BenchChat {
  id: string;
  subscriber: ChatParty;
  operator: ChatParty;
}

/** An operator takes at most 4 chats at a time (StaffUser.chatLimit's default). */
const CHATS_PER_OPERATOR = 4;
const NO_LOGIN = "bench-account-without-password";

export async function createBenchChats(db: Db, count: number): Promise<BenchChat[]> {
  const run = Date.now().toString(36);
  const tariff = await db.tariff.create({
    data: {
      code: `bench-${run}`,
      name: "Бенчмарк",
      nameEn: "Benchmark",
      description: "Тариф для нагрузочного теста",
      descriptionEn: "Load test tariff",
      monthlyFee: 0,
      includedMinutes: 0,
      includedMb: 0,
      includedSms: 0,
    },
  });
  const subscribers = await db.subscriberAccount.createManyAndReturn({
    data: Array.from({ length: count }, (_, i) => ({
      accountNumber: `bench-${run}-${i}`,
      phone: `+7bench${run}${i}`,
      fullName: `Абонент ${i}`,
      passwordHash: NO_LOGIN,
      tariffId: tariff.id,
    })),
    select: { id: true },
  });
  const operators = await db.staffUser.createManyAndReturn({
    data: Array.from({ length: Math.ceil(count / CHATS_PER_OPERATOR) }, (_, i) => ({
      email: `bench-${run}-${i}@operators.local`,
      fullName: `Оператор ${i}`,
      passwordHash: NO_LOGIN,
      roles: ["OPERATOR" as const],
    })),
    select: { id: true, roles: true },
  });
  const now = new Date();
  const chats = await db.chat.createManyAndReturn({
    data: subscribers.map((subscriber, i) => ({
      state: "ASSIGNED" as const,
      accountId: subscriber.id,
      operatorId: operators[Math.floor(i / CHATS_PER_OPERATOR)]!.id,
      queuedAt: now,
      assignedAt: now,
    })),
    select: { id: true, accountId: true, operatorId: true },
  });
  const rolesById = new Map(operators.map((o) => [o.id, o.roles]));
  return chats.map((chat) => ({
    id: chat.id,
    subscriber: { kind: "subscriber", accountId: chat.accountId! },
    operator: { kind: "staff", staffId: chat.operatorId!, roles: rolesById.get(chat.operatorId!) ?? [] },
  }));
}
