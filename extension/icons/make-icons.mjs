// Draws the toolbar/store icons (a page with text lines on a rounded square) as PNGs.
// Run once after changing the design: `node extension/icons/make-icons.mjs`; the PNGs are committed.
// Not copied into dist/ (build.sh copies only *.png from here).
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
};
function png(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  const sig = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([sig, chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

// Shapes in a 0..1 unit square; later shapes paint over earlier ones.
const inRoundRect = (x, y, x0, y0, x1, y1, r) => {
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
};
const BG = [0x1f, 0x6f, 0x5c];
const PAGE = [0xfb, 0xf8, 0xf1];
const INK = [0x2b, 0x2b, 0x2b];
const lines = [
  [0.3, 0.27, 0.7, 0.33], // headline
  [0.3, 0.42, 0.7, 0.46],
  [0.3, 0.52, 0.7, 0.56],
  [0.3, 0.62, 0.7, 0.66],
  [0.3, 0.72, 0.58, 0.76],
];
function colourAt(x, y) {
  let c = null;
  if (inRoundRect(x, y, 0.04, 0.04, 0.96, 0.96, 0.2)) c = BG;
  if (inRoundRect(x, y, 0.2, 0.14, 0.8, 0.86, 0.06)) c = PAGE;
  for (const [x0, y0, x1, y1] of lines) if (inRoundRect(x, y, x0, y0, x1, y1, 0.015)) c = INK;
  return c;
}

for (const size of [16, 32, 48, 128]) {
  const ss = 4; // supersampling per axis
  const out = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < ss; sy++) {
        for (let sx = 0; sx < ss; sx++) {
          const c = colourAt((px + (sx + 0.5) / ss) / size, (py + (sy + 0.5) / ss) / size);
          if (c) { r += c[0]; g += c[1]; b += c[2]; a += 1; }
        }
      }
      const i = (py * size + px) * 4;
      if (a) {
        out[i] = Math.round(r / a);
        out[i + 1] = Math.round(g / a);
        out[i + 2] = Math.round(b / a);
        out[i + 3] = Math.round((255 * a) / (ss * ss));
      }
    }
  }
  writeFileSync(join(here, `icon-${size}.png`), png(size, out));
}
