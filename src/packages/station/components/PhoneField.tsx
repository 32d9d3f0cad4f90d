import { Button, Input, View } from '@tarojs/components'
import { useState } from 'react'

interface Props {
  /** The one-time code the server exchanges for the verified number. */
  onCode(code: string | null): void
  hasCode: boolean
  maskedCurrent?: string
}

/**
 * weapp: WeChat's phone-number quick verification button gives a one-time code the cloud
 * function exchanges for the number. Local H5: type the number; the local cloud's stand-in
 * accepts `local:<number>` codes (deployed functions would reject them).
 */
export function PhoneField({ onCode, hasCode, maskedCurrent }: Props) {
  const [typed, setTyped] = useState('')
  if (process.env.TARO_ENV === 'weapp') {
    return (
      <View>
        <Button
          className={`btn ${hasCode ? 'btn--ghost' : 'btn--plain'}`}
          openType='getPhoneNumber'
          onGetPhoneNumber={(e) => onCode(e.detail.code ?? null)}
        >
          {hasCode ? '已获取微信绑定手机号 ✓' : '获取微信绑定的手机号'}
        </Button>
        {maskedCurrent && !hasCode ? <View className='field__hint'>当前：{maskedCurrent}</View> : null}
      </View>
    )
  }
  return (
    <Input
      className='input'
      type='number'
      maxlength={11}
      placeholder='请输入11位手机号'
      value={typed}
      data-testid='phone-input'
      onInput={(e) => {
        const v = e.detail.value.replace(/\D/g, '')
        setTyped(v)
        onCode(v ? `local:${v}` : null)
      }}
    />
  )
}
