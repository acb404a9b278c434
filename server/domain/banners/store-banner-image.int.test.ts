import { afterAll, beforeAll, describe, expect, it } from "vitest";
import sharp from "sharp";
import { createTestDb, testDbLabel, type TestDb } from "@/server/testing/test-db";
import { readBannerImage, storeBannerImage } from "./store-banner-image";
import { MAX_BANNER_IMAGE_BYTES } from "./banner-image-limits";

let testDb: TestDb;
beforeAll(async () => {
  testDb = await createTestDb();
});
afterAll(() => testDb.close());

const solid = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: "#1d4ed8" } });
const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => "stored",
    (e: { code?: string; details?: { reason?: string } }) => `${e.code}:${e.details?.reason}`,
  );

describe(`banner image upload (${testDbLabel()})`, () => {
  it("stores a real PNG as a 1200-px desktop and a 640-px phone WebP, metadata stripped", async () => {
    const png = await solid(2400, 1200)
      .png()
      .withMetadata({ exif: { IFD0: { Copyright: "secret-camera" } } })
      .toBuffer();
    const stored = await storeBannerImage(testDb.db, png);
    expect(stored).toMatchObject({ desktop: { width: 1200, height: 600 }, phone: { width: 640, height: 320 } });
    const rows = await testDb.db.attachment.findMany({ where: { id: { in: [stored.imageId, stored.imagePhoneId] } } });
    for (const row of rows) {
      expect(row).toMatchObject({
        mimeType: "image/webp",
        bannerId: null,
        messageId: null,
        sizeBytes: row.data.byteLength,
      });
      const meta = await sharp(row.data).metadata();
      expect([meta.format, meta.width, meta.exif]).toEqual(["webp", row.width, undefined]);
    }
  });

  it("never upscales a small picture; a JPEG is accepted too", async () => {
    const stored = await storeBannerImage(testDb.db, await solid(500, 250).jpeg().toBuffer());
    expect(stored).toMatchObject({ desktop: { width: 500, height: 250 }, phone: { width: 500, height: 250 } });
  });

  it("refuses a text file named .png, HTML, an SVG and a PNG signature with garbage after it", async () => {
    const enc = (s: string) => new TextEncoder().encode(s);
    expect(await refusal(storeBannerImage(testDb.db, enc("just some text, renamed banner.png")))).toBe(
      "INVALID_INPUT:type",
    );
    expect(await refusal(storeBannerImage(testDb.db, enc("<!doctype html><script>alert(1)</script>")))).toBe(
      "INVALID_INPUT:type",
    );
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="800" height="400"><script>alert(1)</script></svg>';
    expect(await refusal(storeBannerImage(testDb.db, enc(svg)))).toBe("INVALID_INPUT:type");
    const fakePng = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...enc("<html>not really</html>")]);
    expect(await refusal(storeBannerImage(testDb.db, fakePng))).toBe("INVALID_INPUT:type");
  });

  it("refuses files over 3 MB, pictures over 6000 px and narrower than 320 px", async () => {
    expect(await refusal(storeBannerImage(testDb.db, new Uint8Array(MAX_BANNER_IMAGE_BYTES + 1)))).toBe(
      "INVALID_INPUT:tooLarge",
    );
    expect(await refusal(storeBannerImage(testDb.db, await solid(6001, 400).png().toBuffer()))).toBe(
      "INVALID_INPUT:tooBig",
    );
    expect(await refusal(storeBannerImage(testDb.db, await solid(319, 200).png().toBuffer()))).toBe(
      "INVALID_INPUT:tooSmall",
    );
    expect(await refusal(storeBannerImage(testDb.db, new Uint8Array()))).toBe("INVALID_INPUT:empty");
  });

  it("serves an unsaved upload only for the staff preview, and a saved banner's rendition to anyone", async () => {
    const stored = await storeBannerImage(testDb.db, await solid(640, 320).webp().toBuffer());
    await expect(readBannerImage(testDb.db, stored.imageId, async () => false)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(readBannerImage(testDb.db, stored.imageId, async () => true)).resolves.toMatchObject({
      mimeType: "image/webp",
      isPublic: false,
    });
    await testDb.db.attachment.update({ where: { id: stored.imageId }, data: { bannerId: "some-banner" } });
    await expect(readBannerImage(testDb.db, stored.imageId, async () => false)).resolves.toMatchObject({
      isPublic: true,
    });
    await expect(readBannerImage(testDb.db, "missing", async () => true)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
