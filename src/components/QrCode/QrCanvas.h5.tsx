import { useEffect, useRef } from 'react'
import { paint, qrMatrix } from './matrix'

/** The browser's drawing surface: a plain <canvas>, drawn at the device's pixel ratio. */
export function QrCanvas({ text, size }: { text: string; size: number }) {
  const ref = useRef<HTMLCanvasElement>(null)
  useEffect(() => {
    const canvas = ref.current
    if (!canvas) return
    const pixels = Math.round(size * (window.devicePixelRatio || 1))
    canvas.width = pixels
    canvas.height = pixels
    paint(canvas.getContext('2d')!, qrMatrix(text), pixels)
  }, [text, size])
  return <canvas ref={ref} style={{ width: `${size}px`, height: `${size}px` }} />
}
