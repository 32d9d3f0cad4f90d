/**
 * A QR code's modules for a text, by qrcode-generator (pure ES5, about 21 KB minified, no
 * TextEncoder — which the mini-program's JS engine does not have): drawn on the phone itself, so
 * a code that changes every 30 seconds costs no server call and no image download.
 */
import qrcode from 'qrcode-generator'

export interface QrMatrix {
  size: number
  dark(x: number, y: number): boolean
}

export function qrMatrix(text: string): QrMatrix {
  const code = qrcode(0, 'M')
  code.addData(text)
  code.make()
  return { size: code.getModuleCount(), dark: (x, y) => code.isDark(y, x) }
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
