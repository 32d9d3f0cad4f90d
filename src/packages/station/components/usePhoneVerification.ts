/**
 * The phone field's state: the button's answer read (platform/phoneButton), a code
 * exchanged the moment it arrives, a typed fallback, and the pending exchange a submit waits for.
 */
import { useRef, useState } from 'react'
import { useMutation } from '@/data'
import { readPhoneButton } from '@/platform/phoneButton'
import type { PhoneButtonDetail } from '@/platform/phoneButton'
import { cleanTyped, MAINLAND_MOBILE } from './phoneChoice'
import type { PhoneChoice } from './phoneChoice'

export type PhoneMode = 'button' | 'typing'

export function usePhoneVerification(onFileMasked?: string) {
  const [choice, setChoiceState] = useState<PhoneChoice | null>(
    onFileMasked ? { kind: 'onFile', masked: onFileMasked } : null,
  )
  // The latest choice for a submit that awaited `settled()` (its render's `choice` is older).
  const latest = useRef(choice)
  const setChoice = (next: PhoneChoice | null) => {
    latest.current = next
    setChoiceState(next)
  }
  const [mode, setMode] = useState<PhoneMode>('button')
  const [typed, setTyped] = useState('')
  const [problem, setProblem] = useState<string | null>(null)
  // Its error (a code WeChat would not exchange) is shown as the field's problem, not scrolled to.
  const verify = useMutation('station', 'verifyPhone', { fields: [] })
  const pending = useRef<Promise<unknown>>(Promise.resolve())

  const exchange = (code: string) => {
    setProblem(null)
    const work = verify.run({ code }).then((v) => {
      if (v)
        setChoice({ kind: 'verified', token: v.phoneToken, masked: v.phoneMasked, expiresAt: v.expiresAt })
    })
    pending.current = work
    return work
  }

  /** The button's `getphonenumber` event: a code is exchanged now; a failure says why in words. */
  const fromButton = (detail: PhoneButtonDetail | undefined) => {
    const result = readPhoneButton(detail)
    if (result.kind === 'code') return exchange(result.code)
    setProblem(result.message)
    // Where pressing again cannot help, go straight to typing.
    if (['quota', 'unsupported', 'unavailable', 'privacyUndeclared'].includes(result.kind)) setMode('typing')
  }

  const type = (text: string) => {
    const digits = cleanTyped(text)
    setTyped(digits)
    setChoice(MAINLAND_MOBILE.test(digits) ? { kind: 'typed', phone: digits } : null)
  }

  return {
    choice,
    mode,
    typed,
    problem: problem ?? verify.formError,
    exchanging: verify.busy,
    fromButton,
    /** Local H5 only: the stand-in for WeChat's button mints `local:<phone>` codes. */
    fromLocalStandIn(text: string) {
      const digits = cleanTyped(text)
      setTyped(digits)
      setChoice(null)
      if (MAINLAND_MOBILE.test(digits)) exchange(`local:${digits}`)
    },
    type,
    /** Switches between WeChat's button and typing by hand. */
    useMode(next: PhoneMode) {
      setMode(next)
      setProblem(null)
      setChoice(next === 'typing' && MAINLAND_MOBILE.test(typed) ? { kind: 'typed', phone: typed } : null)
    },
    /** Drops the current number (e.g. its verification expired) so the person verifies again. */
    clear(reason?: string) {
      setChoice(null)
      setProblem(reason ?? null)
      verify.clear()
    },
    /** The choice once no exchange is in flight: a submit right after the code arrived waits for it. */
    async settled(): Promise<PhoneChoice | null> {
      await pending.current
      return latest.current
    },
  }
}

export type PhoneVerification = ReturnType<typeof usePhoneVerification>
