import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, testDbLabel, type TestDb } from "@/server/testing/test-db";
import { createSubscriber, subscriberPrincipal, testContext } from "@/server/testing/fixtures";
import { recordingPublisher } from "@/server/testing/recording-publisher";
import { appErrorOf } from "@/server/testing/app-error-of";
import { hasGps, pngClaiming } from "@/server/testing/image-fixtures";
import { createCaller } from "@/server/api/root";
import { attachImage } from "./attach-image";
import { MAX_IMAGE_PIXELS } from "./chat-image-limits";

let testDb: TestDb;
beforeAll(async () => {
  testDb = await createTestDb();
});
afterAll(() => testDb.close());

/** Uploads into a fresh chat of a fresh subscriber; the stored row (or null) and what was published. */
async function upload(bytes: Uint8Array) {
  const account = await createSubscriber(testDb.db);
  const chat = await createCaller(testContext(testDb.db, subscriberPrincipal(account))).chat.start({ kind: "SUPPORT" });
  const events = recordingPublisher();
  const sent = attachImage(testDb.db, events, {
    party: { kind: "subscriber", accountId: account.id },
    chatId: chat.id,
    bytes,
  });
  await sent.catch(() => undefined); // settled either way before the rows are read
  const row = await testDb.db.attachment.findFirst({ where: { message: { chatId: chat.id } } });
  return { row, sent, published: events.published };
}

describe(`chat images are stored clean (${testDbLabel()})`, () => {
  it("drops a phone photo's EXIF (GPS position, device), after turning it upright by its orientation", async () => {
    // A 400×300 photo whose EXIF says "rotate 90°", taken at 55°45′21″N 37°37′E with a named phone.
    const photo = await sharp({ create: { width: 400, height: 300, channels: 3, background: "#c05621" } })
      .jpeg()
      .withMetadata({
        orientation: 6,
        exif: {
          IFD0: { Make: "PhoneCo", Model: "Secret Phone 12" },
          IFD3: {
            GPSLatitudeRef: "N",
            GPSLatitude: "55/1 45/1 21/1",
            GPSLongitudeRef: "E",
            GPSLongitude: "37/1 37/1 0/1",
          },
        },
      })
      .toBuffer();
    const sent = await sharp(photo).metadata();
    expect([hasGps(sent.exif), sent.exif?.includes("Secret Phone 12"), sent.orientation]).toEqual([true, true, 6]);

    const { row } = await upload(photo);
    const kept = await sharp(row!.data).metadata();
    expect([kept.format, kept.exif, kept.xmp, kept.iptc, kept.icc, kept.orientation]).toEqual([
      "jpeg",
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    expect(Buffer.from(row!.data).includes("Secret Phone 12")).toBe(false);
    // Upright without the orientation tag: 300 wide, 400 high, as the row says.
    expect([kept.width, kept.height, row!.width, row!.height]).toEqual([300, 400, 300, 400]);
    expect(row).toMatchObject({ mimeType: "image/jpeg", sizeBytes: row!.data.byteLength });
  });

  it("refuses a picture over the pixel bound before decoding it, with the bound in the error", async () => {
    // A tiny PNG whose header claims 10,000 × 6,000 (60 MP).
    const { row, sent, published } = await upload(await pngClaiming(10_000, 6_000));
    const error = await appErrorOf(sent);
    expect([error.code, error.details]).toEqual([
      "INVALID_INPUT",
      { field: "file", reason: "tooManyPixels", maxPixels: MAX_IMAGE_PIXELS },
    ]);
    expect([row, published]).toEqual([null, []]);
  });

  it("keeps a PNG's transparency while scaling it to 2048 px on its long side", async () => {
    const halfClear = await sharp({
      create: { width: 3000, height: 1500, channels: 4, background: { r: 220, g: 38, b: 38, alpha: 0.5 } },
    })
      .png()
      .toBuffer();
    const { row } = await upload(halfClear);
    const kept = await sharp(row!.data).metadata();
    expect([row!.mimeType, kept.format, kept.hasAlpha, kept.width, kept.height]).toEqual([
      "image/png",
      "png",
      true,
      2048,
      1024,
    ]);
    const { data } = await sharp(row!.data).raw().toBuffer({ resolveWithObject: true });
    expect(data[3]).toBeCloseTo(128, -1); // the first pixel is still half transparent
  });
});
