import { describe, expect, it } from "vitest";
import { detectImageType } from "./image-type";

const bytes = (...values: number[]) => new Uint8Array(values);

describe("detectImageType", () => {
  it("recognises PNG, JPEG and WebP by content", () => {
    expect(detectImageType(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0))).toBe("image/png");
    expect(detectImageType(bytes(0xff, 0xd8, 0xff, 0xe0, 0, 0x10))).toBe("image/jpeg");
    expect(detectImageType(new Uint8Array([...Buffer.from("RIFF"), 0x24, 0, 0, 0, ...Buffer.from("WEBPVP8 ")]))).toBe(
      "image/webp",
    );
  });

  it("refuses disguised files whatever their name says", () => {
    expect(detectImageType(new Uint8Array(Buffer.from("<svg onload=alert(1)>")))).toBeNull();
    expect(detectImageType(new Uint8Array(Buffer.from("%PDF-1.7")))).toBeNull();
    expect(detectImageType(new Uint8Array(Buffer.from("RIFF____WAVEfmt ")))).toBeNull();
    expect(detectImageType(bytes())).toBeNull();
  });
});
