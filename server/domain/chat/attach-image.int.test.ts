import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, testDbLabel, type TestDb } from "@/server/testing/test-db";
import { createSubscriber, subscriberPrincipal, testContext } from "@/server/testing/fixtures";
import { recordingPublisher } from "@/server/testing/recording-publisher";
import { createCaller } from "@/server/api/root";
import { attachImage, readAttachment } from "./attach-image";

let testDb: TestDb;
const pngSignature = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82]);
let png: Uint8Array;
const code = (p: Promise<unknown>) =>
  p.then(
    () => "ok",
    (e: { code?: string }) => e.code,
  );

beforeAll(async () => {
  testDb = await createTestDb();
  png = await sharp({ create: { width: 320, height: 200, channels: 3, background: "#1d4ed8" } })
    .png()
    .toBuffer();
});
afterAll(() => testDb.close());

describe(`chat images (${testDbLabel()})`, () => {
  it("stores a real image as a message and shows it only to the chat's parties", async () => {
    const account = await createSubscriber(testDb.db);
    const chat = await createCaller(testContext(testDb.db, subscriberPrincipal(account))).chat.start({
      kind: "SUPPORT",
    });
    const party = { kind: "subscriber" as const, accountId: account.id };
    const events = recordingPublisher();
    const message = await attachImage(testDb.db, events, {
      party,
      chatId: chat.id,
      bytes: png,
      caption: "скриншот ошибки",
    });
    expect(message).toMatchObject({ text: "скриншот ошибки", attachmentIds: [expect.any(String)] });
    expect(events.published.map((e) => e.event)).toEqual(["message"]);

    const read = await readAttachment(testDb.db, party, message.attachmentIds[0]!);
    expect(read.mimeType).toBe("image/png");
    const meta = await sharp(read.data).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(["png", 320, 200]);
    const stranger = { kind: "subscriber" as const, accountId: (await createSubscriber(testDb.db)).id };
    expect(await code(readAttachment(testDb.db, stranger, message.attachmentIds[0]!))).toBe("NOT_FOUND");
  });

  it("refuses disguised, empty and oversized files and changes nothing", async () => {
    const account = await createSubscriber(testDb.db);
    const chat = await createCaller(testContext(testDb.db, subscriberPrincipal(account))).chat.start({
      kind: "SUPPORT",
    });
    const party = { kind: "subscriber" as const, accountId: account.id };
    const events = recordingPublisher();
    const html = new Uint8Array(Buffer.from("<html><script>alert(1)</script>"));
    expect(await code(attachImage(testDb.db, events, { party, chatId: chat.id, bytes: html }))).toBe("INVALID_INPUT");
    // Starts like a PNG, but the decoder finds no picture in it.
    expect(await code(attachImage(testDb.db, events, { party, chatId: chat.id, bytes: pngSignature }))).toBe(
      "INVALID_INPUT",
    );
    expect(await code(attachImage(testDb.db, events, { party, chatId: chat.id, bytes: new Uint8Array() }))).toBe(
      "INVALID_INPUT",
    );
    const huge = new Uint8Array(5 * 1024 * 1024 + 1);
    huge.set(pngSignature);
    expect(await code(attachImage(testDb.db, events, { party, chatId: chat.id, bytes: huge }))).toBe("INVALID_INPUT");
    expect(await testDb.db.attachment.count({ where: { message: { chatId: chat.id } } })).toBe(0);
    expect(events.published).toEqual([]);
  });
});
