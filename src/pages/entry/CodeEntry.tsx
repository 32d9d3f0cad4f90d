import { Input, View } from '@tarojs/components'
import { useState } from 'react'
import { Btn } from '@/components/Btn'
import { STATION_CODE } from '@/platform/scene'
import { asCallError } from '@/data'

/**
 * Entering a station by its code, typed: for whoever opens the app without a QR at hand — a
 * neighbour told the code, and WeChat's reviewer (the README's deploy section puts a test
 * station's code into 审核备注). The code is printed under the poster's QR (驿站编号：<code>).
 */
export function CodeEntry({ enter }: { enter(code: string): Promise<unknown> }) {
  const [code, setCode] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  const submit = async () => {
    // The poster prints the QR's content, `s=<code>`: accept it as printed too.
    const typed = code.trim().replace(/^s=/i, '')
    if (!STATION_CODE.test(typed)) return setError('请输入驿站编号：字母或数字，如 xinan')
    setError(null)
    setBusy(true)
    try {
      await enter(typed)
    } catch (err) {
      setError(asCallError(err).message)
    } finally {
      setBusy(false)
    }
  }

  return (
    <View className='card' data-testid='code-entry'>
      <View className='card__title'>输入驿站编号</View>
      <View className='text-s muted'>没有二维码时，输入驿站编号也能进入。编号印在驿站二维码海报的下方。</View>
      <Input
        className={`input code-entry__input${error ? ' input--error' : ''}`}
        value={code}
        maxlength={24}
        placeholder='驿站编号'
        onInput={(e) => setCode(e.detail.value)}
        onConfirm={submit}
        data-testid='code-input'
      />
      {error ? (
        <View className='field__error' data-testid='code-error'>
          {error}
        </View>
      ) : null}
      <Btn className='btn btn--plain' disabled={busy} onClick={submit} data-testid='code-submit'>
        {busy ? '正在进入…' : '进入驿站'}
      </Btn>
    </View>
  )
}
