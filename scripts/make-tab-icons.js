#!/usr/bin/env node
/**
 * Draws the two tab-bar icons (a house for 驿站, a person for 我的) as 81x81 PNGs in grey and
 * red, so the repo carries no opaque binary without its recipe. Run once; output in src/assets.
 */
const fs = require('fs')
const path = require('path')
const zlib = require('zlib')

const SIZE = 81
const SS = 4 // supersampling per axis, for smooth edges

function crc32(buf) {
  let c = ~0
  for (const b of buf) {
    c ^= b
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1
  }
  return ~c >>> 0
}

function chunk(type, data) {
  const len = Buffer.alloc(4)
  len.writeUInt32BE(data.length)
  const body = Buffer.concat([Buffer.from(type), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(body))
  return Buffer.concat([len, body, crc])
}

function png(rgba) {
  const header = Buffer.alloc(13)
  header.writeUInt32BE(SIZE, 0)
  header.writeUInt32BE(SIZE, 4)
  header.set([8, 6, 0, 0, 0], 8)
  const rows = []
  for (let y = 0; y < SIZE; y++) rows.push(Buffer.from([0]), rgba.subarray(y * SIZE * 4, (y + 1) * SIZE * 4))
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ])
}

function inPolygon(x, y, pts) {
  let inside = false
  for (let i = 0, j = pts.length - 1; i < pts.length; j = i++) {
    const [xi, yi] = pts[i]
    const [xj, yj] = pts[j]
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside
  }
  return inside
}

const shapes = {
  home: (x, y) =>
    inPolygon(x, y, [
      [40.5, 10],
      [74, 40],
      [66, 40],
      [66, 72],
      [15, 72],
      [15, 40],
      [7, 40],
    ]) &&
    !inPolygon(x, y, [
      [33, 72],
      [33, 50],
      [48, 50],
      [48, 72],
    ]),
  me: (x, y) => Math.hypot(x - 40.5, y - 26) <= 14 || (Math.hypot(x - 40.5, y - 78) <= 32 && y <= 72),
}

/** Fraction of the pixel's sub-samples inside the shape: its coverage, for anti-aliasing. */
function coverage(shape, x, y) {
  let hits = 0
  for (let i = 0; i < SS * SS; i++)
    if (shape(x + ((i % SS) + 0.5) / SS, y + (Math.floor(i / SS) + 0.5) / SS)) hits++
  return hits / (SS * SS)
}

function draw(shape, [r, g, b]) {
  const rgba = Buffer.alloc(SIZE * SIZE * 4)
  for (let i = 0; i < SIZE * SIZE; i++) {
    rgba.set([r, g, b, Math.round(255 * coverage(shape, i % SIZE, Math.floor(i / SIZE)))], i * 4)
  }
  return png(rgba)
}

const out = path.resolve(__dirname, '..', 'src', 'assets')
fs.mkdirSync(out, { recursive: true })
for (const [name, shape] of Object.entries(shapes)) {
  fs.writeFileSync(path.join(out, `tab-${name}.png`), draw(shape, [0x77, 0x77, 0x77]))
  fs.writeFileSync(path.join(out, `tab-${name}-on.png`), draw(shape, [0xc8, 0x16, 0x1d]))
}
console.log('wrote', fs.readdirSync(out).join(', '))
