/**
 * An SMS leaves the outbox through the HTTP gateway transport (a local fake gateway), its gateway id is kept,
 * and the gateway's delivery receipt marks it delivered, once. The development transport of a production
 * server logs that a message was due, never its text.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, testDbLabel, type TestDb } from "@/server/testing/test-db";
import { captureLogs } from "@/server/log";
import { parseEnv } from "@/server/env.mjs";
import { enqueueMessage } from "@/server/domain/outbox/enqueue-message";
import { deliverPendingMessages } from "@/server/domain/outbox/deliver-pending-messages";
import { directTransport } from "./direct-transport";
import { startFakeSmsGateway } from "./fake-sms-gateway";
import { receiveDeliveryReceipt } from "./receipt-route";

const TOKEN = "gateway-token-0123456789";
const RECEIPT_TOKEN = "receipt-token-0123456789";
let testDb: TestDb;
let gateway: Awaited<ReturnType<typeof startFakeSmsGateway>>;
beforeAll(async () => {
  testDb = await createTestDb();
  gateway = await startFakeSmsGateway({ token: TOKEN });
});
afterAll(async () => {
  await gateway.close();
  await testDb.close();
});

const receipt = (body: unknown, token = RECEIPT_TOKEN) =>
  receiveDeliveryReceipt(
    testDb.db,
    new Request(`http://portal.test/api/outbox/receipts?token=${token}`, {
      method: "POST",
      body: JSON.stringify(body),
    }),
    { token: RECEIPT_TOKEN, idPath: "message.id", statusPath: "message.status" },
  );

describe(`SMS through the HTTP gateway (${testDbLabel()})`, () => {
  it("sends with the configured template and key, keeps the gateway's id, and records its receipt once", async () => {
    const env = parseEnv({
      SMS_GATEWAY_URL: gateway.url,
      SMS_GATEWAY_AUTHORIZATION: `Bearer ${TOKEN}`,
      SMS_GATEWAY_MESSAGE_ID_PATH: "message.id",
    });
    const { id } = await enqueueMessage(testDb.db, { channel: "SMS", recipient: "+79001234567", body: "Код: 123456" });
    expect((await deliverPendingMessages(testDb.db, directTransport(env), new Date())).sent).toBe(1);
    const sent = await testDb.db.outboxMessage.findUniqueOrThrow({ where: { id } });
    expect(sent).toMatchObject({ status: "SENT", providerRef: expect.stringMatching(/^gw-/), receipt: null });
    expect(JSON.parse(gateway.requests.at(-1)!.body)).toMatchObject({ to: "+79001234567", text: "Код: 123456" });

    // An intermediate state changes nothing; the final one is kept; a late contrary one is ignored.
    const ref = sent.providerRef!;
    expect(await (await receipt({ message: { id: ref, status: "ENROUTE" } })).json()).toEqual({
      ok: true,
      outcome: "IGNORED",
    });
    expect(await (await receipt({ message: { id: ref, status: "DELIVRD" } })).json()).toEqual({
      ok: true,
      outcome: "RECORDED",
    });
    expect(await (await receipt({ message: { id: ref, status: "failed" } })).json()).toEqual({
      ok: true,
      outcome: "IGNORED",
    });
    expect(await testDb.db.outboxMessage.findUniqueOrThrow({ where: { id } })).toMatchObject({
      receipt: "DELIVERED",
      receiptAt: expect.any(Date),
    });
    expect(await (await receipt({ message: { id: "gw-unknown", status: "delivered" } })).json()).toEqual({
      ok: true,
      outcome: "UNKNOWN_MESSAGE",
    });
  });

  it("refuses a receipt without the token or without an id and a status", async () => {
    expect((await receipt({ message: { id: "x", status: "delivered" } }, "wrong-token-0000000000")).status).toBe(401);
    expect((await receipt({ message: { status: "delivered" } })).status).toBe(400);
  });

  it("keeps a message for later while the gateway is down, and never writes its text to the log", async () => {
    const env = parseEnv({ SMS_GATEWAY_URL: gateway.url, SMS_GATEWAY_AUTHORIZATION: `Bearer ${TOKEN}` });
    const { id } = await enqueueMessage(testDb.db, { channel: "SMS", recipient: "+79001234568", body: "Код: 765432" });
    gateway.failNext({ status: 503 });
    const logs = captureLogs();
    expect((await deliverPendingMessages(testDb.db, directTransport(env), new Date())).retried).toBe(1);
    logs.stop();
    expect(await testDb.db.outboxMessage.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "PENDING",
      lastError: "Error: SMS gateway answered 503",
    });
    expect(JSON.stringify(logs.lines)).not.toContain("765432");
  });

  it("logs no message text through the development transport of a production server", async () => {
    const production = parseEnv({
      NODE_ENV: "production",
      DATABASE_URL: "postgresql://portal@db/portal",
      NEXTAUTH_URL: "https://portal.example",
    });
    const demo = parseEnv({ NODE_ENV: "development" });
    const codes = { production: "Код: 111222", demo: "Код: 333444" };
    for (const body of Object.values(codes))
      await enqueueMessage(testDb.db, { channel: "SMS", recipient: "+79001234569", body });
    const logs = captureLogs();
    await deliverPendingMessages(testDb.db, directTransport(production), new Date(), 1);
    await deliverPendingMessages(testDb.db, directTransport(demo), new Date(), 1);
    logs.stop();
    const deliveries = logs.lines.filter((line) => line.event === "outbox.development_delivery");
    expect(deliveries).toHaveLength(2);
    expect(deliveries[0]).toMatchObject({ recipient: "+79001234569", bodyLength: codes.production.length });
    expect(JSON.stringify(deliveries[0])).not.toContain("111222");
    expect(deliveries[1]).toMatchObject({ body: codes.demo });
  });
});
