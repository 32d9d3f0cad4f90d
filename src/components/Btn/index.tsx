import { Button } from '@tarojs/components'
import type { ButtonProps } from '@tarojs/components/types/Button'
import { useRef, useState } from 'react'

type Props = Omit<ButtonProps, 'onClick'> & {
  /** When it returns a promise, the button ignores taps and shows as disabled until it settles. */
  onClick?(event: unknown): unknown
}

/**
 * Taro's Button, with two fixes. A button whose tap starts something (a save, a question, a
 * download) takes no second tap until it is done, so a double tap acts once. And
 * `disabled={false}` adds no attribute: in H5 Taro renders it as `disabled="false"`, which the
 * global `.btn[disabled]` rule reads as disabled.
 */
export function Btn({ disabled, onClick, ...props }: Props) {
  const pending = useRef(false)
  const [waiting, setWaiting] = useState(false)
  const tap = (event: unknown) => {
    if (pending.current || !onClick) return
    const result = onClick(event)
    if (!(result instanceof Promise)) return
    pending.current = true
    setWaiting(true)
    const done = () => {
      pending.current = false
      setWaiting(false)
    }
    result.then(done, done)
  }
  return <Button {...props} disabled={disabled || waiting || undefined} onClick={tap} />
}
