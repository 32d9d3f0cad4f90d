/**
 * Small PNG pictures for the demo (a topic's "photos"): an RGB image drawn from a pixel function,
 * encoded with zlib. Enough to show that images are stored, checked and served like real uploads.
 */
import { deflateSync } from 'zlib'
import { crc32 } from '../db/crc32'

export type Rgb = [number, number, number]

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8)
  head.writeUInt32BE(data.length, 0)
  head.write(type, 4, 'latin1')
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0)
  return Buffer.concat([head, data, crc])
}

export function drawPng(width: number, height: number, pixel: (x: number, y: number) => Rgb): Buffer {
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header.set([8, 2, 0, 0, 0], 8) // 8-bit RGB, no interlace
  const rows = Buffer.alloc(height * (1 + width * 3))
  for (let y = 0; y < height; y++) {
    const row = y * (1 + width * 3)
    for (let x = 0; x < width; x++) rows.set(pixel(x, y), row + 1 + x * 3)
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ])
}

/** A "photo": sky over a wall with a lit window, tinted per picture so each looks different. */
export function scenePng(seed: number): Buffer {
  const tint: Rgb = [(seed * 67) % 120, (seed * 41) % 120, (seed * 29) % 120]
  return drawPng(160, 120, (x, y) => {
    if (y < 40) return [150 + tint[0] / 2, 190 + tint[1] / 3, 230] as Rgb
    const window = x > 60 + (seed % 40) && x < 100 + (seed % 40) && y > 60 && y < 95
    if (window) return [250, 220, 120]
    const brick = (Math.floor(y / 8) + Math.floor((x + (Math.floor(y / 8) % 2) * 8) / 16)) % 2
    return [120 + tint[0] + brick * 20, 90 + tint[1] / 2 + brick * 10, 80 + tint[2] / 2] as Rgb
  })
}
