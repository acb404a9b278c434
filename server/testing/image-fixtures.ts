import zlib from "node:zlib";
import sharp from "sharp";

/** A tiny PNG whose header claims `width` × `height`: how a decompression bomb looks before anyone decodes it. */
export async function pngClaiming(width: number, height: number): Promise<Uint8Array<ArrayBuffer>> {
  const png = Buffer.from(
    await sharp({ create: { width: 1, height: 1, channels: 3, background: "#000" } })
      .png()
      .toBuffer(),
  );
  png.writeUInt32BE(width, 16);
  png.writeUInt32BE(height, 20);
  png.writeUInt32BE(zlib.crc32(png.subarray(12, 29)), 29); // the IHDR chunk's checksum
  return new Uint8Array(png);
}

/** Whether EXIF (as sharp's metadata() gives it, from "Exif\0\0") points to a GPS directory: tag 0x8825 in IFD0. */
export function hasGps(exif: Buffer | undefined): boolean {
  if (!exif) return false;
  const tiff = exif.subarray(exif.indexOf("Exif\0\0", 0, "latin1") + 6);
  const le = tiff.toString("latin1", 0, 2) === "II";
  const u16 = (at: number) => (le ? tiff.readUInt16LE(at) : tiff.readUInt16BE(at));
  const ifd0 = le ? tiff.readUInt32LE(4) : tiff.readUInt32BE(4);
  return Array.from({ length: u16(ifd0) }, (_, i) => u16(ifd0 + 2 + 12 * i)).includes(0x8825);
}
