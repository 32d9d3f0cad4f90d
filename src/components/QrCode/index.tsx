import { View } from '@tarojs/components'
import { QrCanvas } from './QrCanvas'
import './index.css'

interface Props {
  /** What the code says: a link, a voucher code. */
  text: string
  /** Side in CSS pixels. @default 240 */
  size?: number
  testId?: string
}

/**
 * A QR code drawn on the phone (Canvas 2D in the mini-program, <canvas> in H5) — no image from
 * the server. The text is also on the element (`data-text`), for tests and screen readers.
 */
export function QrCode({ text, size = 240, testId }: Props) {
  return (
    <View className='qr' data-testid={testId} data-text={text}>
      <QrCanvas text={text} size={size} />
    </View>
  )
}
