// npx tsx scripts/make-icons.ts – draws the portal's icons from app/icon.svg (hand-written): the PNGs of the web
// manifest and link previews, the Apple touch icon and favicon.ico. Run after changing the SVG; the results are
// committed. sharp comes with Next (image optimisation), so nothing is downloaded.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import sharp from "sharp";

const root = path.join(import.meta.dirname, "..");
const svg = readFileSync(path.join(root, "app/icon.svg"));
const brand = "#0b5fa5";

const png = (size: number) => sharp(svg, { density: 300 }).resize(size, size).png({ compressionLevel: 9 }).toBuffer();

// Full-bleed square with the drawing in the middle 80 %: launchers cut maskable icons to circles and squircles,
// iOS rounds the corners of the touch icon itself.
async function fullBleed(size: number, scale: number): Promise<Buffer> {
  const inner = Math.round(size * scale);
  const drawing = await png(inner);
  return sharp({ create: { width: size, height: size, channels: 4, background: brand } })
    .composite([{ input: drawing, gravity: "centre" }])
    .png({ compressionLevel: 9 })
    .toBuffer();
}

// An .ico file whose images are PNGs (every browser since 2007 reads them).
function ico(images: { size: number; data: Buffer }[]): Buffer {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  let offset = 6 + 16 * images.length;
  const entries = images.map(({ size, data }) => {
    const entry = Buffer.alloc(16);
    entry.writeUInt8(size >= 256 ? 0 : size, 0);
    entry.writeUInt8(size >= 256 ? 0 : size, 1);
    entry.writeUInt16LE(1, 4); // colour planes
    entry.writeUInt16LE(32, 6); // bits per pixel
    entry.writeUInt32LE(data.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += data.length;
    return entry;
  });
  return Buffer.concat([header, ...entries, ...images.map((image) => image.data)]);
}

const out = (file: string, data: Buffer) => {
  writeFileSync(path.join(root, file), data);
  console.log(`${file}: ${data.length} bytes`);
};

out("public/icons/icon-192.png", await png(192));
out("public/icons/icon-512.png", await png(512));
out("public/icons/icon-maskable-512.png", await fullBleed(512, 0.8));
out("app/apple-icon.png", await fullBleed(180, 0.86));
out("app/favicon.ico", ico(await Promise.all([16, 32, 48].map(async (size) => ({ size, data: await png(size) })))));
