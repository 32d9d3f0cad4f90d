import { Button } from '@tarojs/components'
import type { ButtonProps } from '@tarojs/components/types/Button'

/**
 * Taro's Button, but `disabled={false}` adds no attribute: in H5 Taro renders it as
 * `disabled="false"`, which the global `.btn[disabled]` rule reads as disabled.
 */
export function Btn({ disabled, ...props }: ButtonProps) {
  return <Button {...props} disabled={disabled || undefined} />
}
