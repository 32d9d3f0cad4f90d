import { View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import { signToken, windowAt } from '@contract/qrToken'
import type { Direction } from '@contract/qrToken'
import { linkBase, scanLink } from '@/platform/scanLink'
import { QrCode } from '../QrCode'

export interface RotatingQrProps {
  /** The per-subject key the server handed the organiser (e.g. `volunteer.openCheckin`). */
  signingKey: string
  /** What the tokens are signed for, e.g. `activity:<id>`. */
  subject: string
  direction: Direction
  /** The link's parameters (src/platform/scanLink.ts): station code, kind and id. */
  station: string
  kind: string
  id: string
  windowSeconds: number
  /** The server's clock when the key was handed out: corrects a phone whose clock is off. */
  serverNow: string
  /** @default 260 */
  size?: number
  testId?: string
}

/**
 * The organiser's check-in code: a link (src/platform/scanLink.ts) carrying a token for the
 * current 30-second window, signed on the phone with the subject's key and redrawn when the
 * window turns — no server call per change. Shared by every domain that checks people in.
 */
export function RotatingQr(props: RotatingQrProps) {
  const { signingKey, subject, direction, windowSeconds, size = 260, testId } = props
  const [offset] = useState(() => new Date(props.serverNow).getTime() - Date.now())
  const [now, setNow] = useState(() => Date.now() + offset)
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now() + offset), 1000)
    return () => clearInterval(timer)
  }, [offset])
  const current = windowAt(now)
  const token = signToken(signingKey, subject, direction, current)
  const link = scanLink(linkBase(), { s: props.station, k: props.kind, i: props.id, t: token })
  const left = windowSeconds - (Math.floor(now / 1000) % windowSeconds)
  return (
    <View data-testid={testId} data-link={link} data-window={current}>
      <QrCode text={link} size={size} />
      <View className='text-s muted' style={{ textAlign: 'center' }}>
        二维码每 {windowSeconds} 秒自动更新（{left} 秒后）
      </View>
    </View>
  )
}
