/** The two-tap pattern (./tap.ts) as a React hook: one machine per component, re-rendered on change. */
import { useRef, useSyncExternalStore } from 'react'
import { onTap, twoTap } from './tap'
import type { TwoTap, TwoTapSteps } from './tap'

const messageOf = (err: unknown) => (err instanceof Error && err.message) || '没有成功，请稍后再试'

export function useTwoTap<A extends unknown[], P, R>(steps: TwoTapSteps<A, P, R>) {
  // The latest steps are read at call time, so a page may pass inline functions.
  const latest = useRef(steps)
  latest.current = steps
  const machine = useRef<TwoTap<A, P, R> | null>(null)
  if (!machine.current)
    machine.current = twoTap<A, P, R>({
      prepare: (...args) => latest.current.prepare(...args),
      deliver: (tap, prepared) => latest.current.deliver(tap, prepared),
    })
  const m = machine.current
  const state = useSyncExternalStore(m.subscribe, () => m.state)
  return {
    state,
    /** What the first step prepared, once there is something to deliver. */
    ready: 'prepared' in state ? (state.prepared ?? null) : null,
    /** The last failure's message, to show beside the button. */
    error: state.phase === 'failed' ? messageOf(state.error) : null,
    prepare: m.prepare,
    /** Use as the onClick of the second tap: it hands deliver a live tap. */
    deliverOnTap: onTap((tap) => void m.deliver(tap)),
    reset: m.reset,
  }
}
