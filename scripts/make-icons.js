#!/usr/bin/env node
// Draws the Trépied icons (a tripod on a rounded square) into assets/ as PNG files.
// Node built-ins only: the shapes are signed distance fields, antialiased by supersampling.
// Usage: node scripts/make-icons.js
'use strict';

const { Buffer } = require('buffer');
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const SIZES = [16, 32, 64, 80, 128];
const OUT_DIR = path.join(__dirname, '..', 'assets');
const SUPERSAMPLE = 4;

const BACKGROUND = [0x0e, 0x7c, 0x66]; // teal green
const FOREGROUND = [0xff, 0xff, 0xff];

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buffer) {
  let c = 0xffffffff;
  for (const byte of buffer) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** Encodes RGBA pixels (size × size × 4 bytes) as a PNG file. */
function encodePng(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type: RGBA
  header[10] = 0; // compression
  header[11] = 0; // filter method
  header[12] = 0; // no interlace
  const stride = size * 4;
  const raw = Buffer.alloc((stride + 1) * size);
  for (let y = 0; y < size; y += 1) {
    raw[y * (stride + 1)] = 0; // filter: none
    rgba.copy(raw, y * (stride + 1) + 1, y * stride, (y + 1) * stride);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// Signed distances in unit coordinates (the icon spans 0..1); negative inside.
function roundedSquare(x, y, radius) {
  const qx = Math.abs(x - 0.5) - (0.5 - radius);
  const qy = Math.abs(y - 0.5) - (0.5 - radius);
  const outside = Math.hypot(Math.max(qx, 0), Math.max(qy, 0));
  return outside + Math.min(Math.max(qx, qy), 0) - radius;
}

function circle(x, y, cx, cy, r) {
  return Math.hypot(x - cx, y - cy) - r;
}

function segment(x, y, ax, ay, bx, by, halfWidth) {
  const px = x - ax;
  const py = y - ay;
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, (px * dx + py * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - t * dx, py - t * dy) - halfWidth;
}

function tripod(x, y, size) {
  // Strokes keep at least ~1.2 px on the smallest icons.
  const leg = Math.max(0.045, 0.6 / size);
  const apex = [0.5, 0.27];
  const feet = [
    [0.22, 0.8],
    [0.5, 0.83],
    [0.78, 0.8],
  ];
  let d = circle(x, y, apex[0], apex[1], Math.max(0.11, 1.6 / size));
  for (const [fx, fy] of feet) {
    d = Math.min(d, segment(x, y, apex[0], apex[1], fx, fy, leg));
    d = Math.min(d, circle(x, y, fx, fy, Math.max(0.075, 1.2 / size)));
  }
  return d;
}

function render(size) {
  const rgba = Buffer.alloc(size * size * 4);
  const radius = size <= 16 ? 0.16 : 0.2;
  for (let py = 0; py < size; py += 1) {
    for (let px = 0; px < size; px += 1) {
      let cover = 0;
      let ink = 0;
      for (let sy = 0; sy < SUPERSAMPLE; sy += 1) {
        for (let sx = 0; sx < SUPERSAMPLE; sx += 1) {
          const x = (px + (sx + 0.5) / SUPERSAMPLE) / size;
          const y = (py + (sy + 0.5) / SUPERSAMPLE) / size;
          if (roundedSquare(x, y, radius) <= 0) {
            cover += 1;
            if (tripod(x, y, size) <= 0) ink += 1;
          }
        }
      }
      const o = (py * size + px) * 4;
      if (cover === 0) continue;
      const f = ink / cover;
      for (let c = 0; c < 3; c += 1) {
        rgba[o + c] = Math.round(BACKGROUND[c] * (1 - f) + FOREGROUND[c] * f);
      }
      rgba[o + 3] = Math.round((255 * cover) / (SUPERSAMPLE * SUPERSAMPLE));
    }
  }
  return encodePng(size, rgba);
}

function main() {
  fs.mkdirSync(OUT_DIR, { recursive: true });
  for (const size of SIZES) {
    const file = path.join(OUT_DIR, `icon-${size}.png`);
    fs.writeFileSync(file, render(size));
    process.stdout.write(`${path.relative(process.cwd(), file)}\n`);
  }
}

main();
