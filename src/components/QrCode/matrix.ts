/**
 * A QR code's modules for a text, by lean-qr (pure JS, about 7 KB): drawn on the phone itself,
 * so a code that changes every 30 seconds costs no server call and no image download.
 */
import { correction, generate } from 'lean-qr'

export interface QrMatrix {
  size: number
  dark(x: number, y: number): boolean
}

export function qrMatrix(text: string): QrMatrix {
  const code = generate(text, { minCorrectionLevel: correction.M })
  return { size: code.size, dark: (x, y) => code.get(x, y) }
}

/** Paints the code with a quiet zone of 2 modules, in whole pixels so a camera reads it cleanly. */
export function paint(ctx: CanvasRenderingContext2D, matrix: QrMatrix, pixels: number) {
  const quiet = 2
  const module = Math.floor(pixels / (matrix.size + quiet * 2))
  const offset = Math.floor((pixels - module * matrix.size) / 2)
  ctx.fillStyle = '#ffffff'
  ctx.fillRect(0, 0, pixels, pixels)
  ctx.fillStyle = '#000000'
  for (let y = 0; y < matrix.size; y++)
    for (let x = 0; x < matrix.size; x++)
      if (matrix.dark(x, y)) ctx.fillRect(offset + x * module, offset + y * module, module, module)
}
