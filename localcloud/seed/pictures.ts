/**
 * Small demo pictures drawn in code (a radio, a lamp, a phone…), so the seeded wishes show real
 * images from cloud storage and the repository carries no opaque binary without its recipe.
 */
import zlib from 'zlib'
import { crc32 } from '../db/crc32'

type RGB = [number, number, number]

export type Shape =
  | { kind: 'rect'; x: number; y: number; w: number; h: number; color: RGB }
  | { kind: 'circle'; x: number; y: number; r: number; color: RGB }

const WIDTH = 320
const HEIGHT = 240

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4)
  len.writeUInt32BE(data.length)
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(body))
  return Buffer.concat([len, body, crc])
}

function colourAt(x: number, y: number, background: RGB, shapes: Shape[]): RGB {
  let colour = background
  for (const s of shapes) {
    const inside =
      s.kind === 'rect'
        ? x >= s.x && x < s.x + s.w && y >= s.y && y < s.y + s.h
        : (x - s.x) ** 2 + (y - s.y) ** 2 <= s.r ** 2
    if (inside) colour = s.color
  }
  return colour
}

/** A 320×240 PNG: the background, then each shape painted over the ones before. */
export function picture(background: RGB, shapes: Shape[]): Buffer {
  const header = Buffer.alloc(13)
  header.writeUInt32BE(WIDTH, 0)
  header.writeUInt32BE(HEIGHT, 4)
  header.set([8, 2, 0, 0, 0], 8)
  const rows: Buffer[] = []
  for (let y = 0; y < HEIGHT; y++) {
    const row = Buffer.alloc(1 + WIDTH * 3)
    for (let x = 0; x < WIDTH; x++) row.set(colourAt(x, y, background, shapes), 1 + x * 3)
    rows.push(row)
  }
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ])
}

const BROWN: RGB = [139, 90, 43]
const GREY: RGB = [90, 90, 90]
const CREAM: RGB = [250, 240, 215]
const GREEN: RGB = [46, 160, 67]
const WHITE: RGB = [255, 255, 255]

/** An old radio (the wish), and the same radio with a green tick (the fulfilment photo). */
export const radio = (fixed = false) =>
  picture(CREAM, [
    { kind: 'rect', x: 60, y: 70, w: 200, h: 120, color: BROWN },
    { kind: 'rect', x: 200, y: 30, w: 6, h: 42, color: GREY },
    { kind: 'circle', x: 115, y: 130, r: 38, color: GREY },
    { kind: 'rect', x: 175, y: 100, w: 65, h: 20, color: CREAM },
    { kind: 'circle', x: 208, y: 155, r: 14, color: CREAM },
    ...(fixed
      ? ([
          // Inside the middle square, which is what a square thumbnail keeps.
          { kind: 'circle', x: 240, y: 50, r: 28, color: GREEN },
          { kind: 'rect', x: 228, y: 45, w: 24, h: 10, color: WHITE },
        ] as Shape[])
      : []),
  ])

/** A ceiling lamp in a dark stairwell. */
export const lamp = () =>
  picture(
    [40, 44, 52],
    [
      { kind: 'rect', x: 155, y: 0, w: 10, h: 80, color: GREY },
      { kind: 'circle', x: 160, y: 110, r: 40, color: [255, 214, 102] },
    ],
  )

/** A phone with an app grid (learning to book a hospital visit on the phone). */
export const phone = () =>
  picture(
    [220, 235, 250],
    [
      { kind: 'rect', x: 110, y: 20, w: 100, h: 200, color: [30, 30, 30] },
      { kind: 'rect', x: 118, y: 35, w: 84, h: 165, color: WHITE },
      { kind: 'rect', x: 128, y: 50, w: 28, h: 28, color: [52, 120, 246] },
      { kind: 'rect', x: 164, y: 50, w: 28, h: 28, color: GREEN },
      { kind: 'rect', x: 128, y: 88, w: 28, h: 28, color: [230, 80, 60] },
    ],
  )

/** A sunny window for company on a walk. */
export const sunny = () =>
  picture(
    [180, 220, 255],
    [
      { kind: 'circle', x: 250, y: 60, r: 35, color: [255, 200, 60] },
      { kind: 'rect', x: 0, y: 180, w: 320, h: 60, color: [120, 190, 90] },
    ],
  )
