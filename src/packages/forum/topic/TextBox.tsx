import { View } from '@tarojs/components'
import { useState } from 'react'
import { Btn } from '@/components/Btn'
import { TextAreaField } from '@/components/Field'

interface Props {
  label: string
  placeholder: string
  maxlength: number
  button: string
  /** Sends the text; resolves true when it went through (the box then empties). */
  send(text: string): Promise<boolean>
  error: string | null
  busy: boolean
  testId: string
  /** Extra fields above the text box (a reason code, a side, a date). */
  children?: React.ReactNode
}

/** A few sentences and a button: a reason, a progress note, an official reply, a reply. */
export function TextBox({
  label,
  placeholder,
  maxlength,
  button,
  send,
  error,
  busy,
  testId,
  children,
}: Props) {
  const [text, setText] = useState('')
  const [tried, setTried] = useState(false)
  const empty = !text.trim()
  return (
    <View data-testid={testId}>
      {children}
      <TextAreaField
        label={label}
        value={text}
        onChange={setText}
        maxlength={maxlength}
        placeholder={placeholder}
        error={tried && empty ? `请填写${label}` : error}
        testId={`${testId}-text`}
      />
      <Btn
        className='btn btn--primary'
        disabled={busy}
        onClick={async () => {
          setTried(true)
          if (empty) return
          if (await send(text.trim())) {
            setText('')
            setTried(false)
          }
        }}
        data-testid={`${testId}-send`}
      >
        {busy ? '正在提交…' : button}
      </Btn>
    </View>
  )
}
