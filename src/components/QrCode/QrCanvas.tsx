import { Canvas } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useEffect, useRef } from 'react'
import { paint, qrMatrix } from './matrix'

let counter = 0

/**
 * The mini-program's drawing surface: a Canvas 2D node, found once it is on the page, drawn at
 * the screen's pixel ratio so the modules stay sharp.
 */
export function QrCanvas({ text, size }: { text: string; size: number }) {
  const id = useRef(`qr-canvas-${++counter}`)
  useEffect(() => {
    let cancelled = false
    Taro.nextTick(() => {
      let query: ReturnType<typeof Taro.createSelectorQuery>
      try {
        query = Taro.createSelectorQuery()
      } catch {
        return // a host without selector queries (the headless test host): nothing to draw on
      }
      query
        .select(`#${id.current}`)
        .fields({ node: true, size: true })
        .exec((res) => {
          const node = res?.[0]?.node as HTMLCanvasElement | undefined
          if (cancelled || !node) return
          const ratio = Taro.getWindowInfo?.().pixelRatio ?? 2
          const pixels = Math.round(size * ratio)
          node.width = pixels
          node.height = pixels
          paint(node.getContext('2d')!, qrMatrix(text), pixels)
        })
    })
    return () => {
      cancelled = true
    }
  }, [text, size])
  return <Canvas type='2d' id={id.current} style={{ width: `${size}px`, height: `${size}px` }} />
}
