// `npm run icons`: every raster icon of the installable app from the one logo, public/icon.svg. The output is
// committed, so `npm start` needs no step for it; run this again after changing the logo.
import fs from "node:fs";
import path from "node:path";
import pngToIco from "png-to-ico";
import sharp from "sharp";
import { brand } from "@/server/brand";

const publicDir = path.resolve("public");
const logo = fs.readFileSync(path.join(publicDir, "icon.svg"));

/** The logo as a square PNG of `size` pixels, its rounded tile's corners transparent. */
function plain(size: number): Promise<Buffer> {
  return sharp(logo, { density: 300 }).resize(size, size).png().toBuffer();
}

/**
 * Full bleed, for launchers that cut their own shape: the logo at `scale` of the side on the brand colour. A
 * maskable icon keeps what matters inside the central circle of 80% diameter, so its logo is scaled to fit there.
 */
async function fullBleed(size: number, scale: number): Promise<Buffer> {
  const inner = Math.round(size * scale);
  return sharp({ create: { width: size, height: size, channels: 4, background: brand.themeColor } })
    .composite([{ input: await plain(inner), gravity: "center" }])
    .png()
    .toBuffer();
}

async function main() {
  const outputs: Record<string, Buffer> = {
    "icons/icon-192.png": await plain(192),
    "icons/icon-512.png": await plain(512),
    "icons/icon-maskable-512.png": await fullBleed(512, 0.7),
    // iOS draws its own rounded corners and shows transparency as black.
    "apple-touch-icon.png": await fullBleed(180, 1),
    "favicon.ico": await pngToIco(await Promise.all([16, 32, 48].map(plain))),
  };
  for (const [name, data] of Object.entries(outputs)) {
    fs.mkdirSync(path.dirname(path.join(publicDir, name)), { recursive: true });
    fs.writeFileSync(path.join(publicDir, name), data);
    console.log(`public/${name}: ${data.length} bytes`);
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
