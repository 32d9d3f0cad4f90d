/**
 * The mini-program realm's timers on a virtual clock: `settle()` runs them in due order at once
 * instead of waiting (Taro batches renders with setTimeout 0..20 ms, React schedules with
 * setTimeout 0), so a journey is fast and its order deterministic. Errors thrown by a timer are
 * reported like WeChat's App.onError, never swallowed.
 */
interface Timer {
  id: number
  due: number
  seq: number
  fn: (...args: unknown[]) => void
  args: unknown[]
  every?: number
}

export class Clock {
  /** Virtual milliseconds since the realm started. */
  now = 0
  private nextId = 1
  private seq = 0
  private readonly timers = new Map<number, Timer>()

  constructor(private readonly onError: (err: unknown) => void) {}

  setTimeout = (fn: (...args: unknown[]) => void, ms?: number, ...args: unknown[]): number =>
    this.add(fn, ms, args)

  setInterval = (fn: (...args: unknown[]) => void, ms?: number, ...args: unknown[]): number =>
    this.add(fn, ms, args, Math.max(1, Number(ms) || 0))

  clearTimeout = (id?: number): void => {
    if (id !== undefined) this.timers.delete(id)
  }

  clearInterval = this.clearTimeout

  /** Whether a timer falls due at or before `until`. */
  hasDue(until: number): boolean {
    for (const t of this.timers.values()) if (t.due <= until) return true
    return false
  }

  /** Runs the earliest timer due at or before `until`, advancing the clock; false when none is. */
  runNext(until: number): boolean {
    let next: Timer | undefined
    for (const t of this.timers.values()) {
      if (t.due > until) continue
      if (!next || t.due < next.due || (t.due === next.due && t.seq < next.seq)) next = t
    }
    if (!next) return false
    this.now = Math.max(this.now, next.due)
    if (next.every) Object.assign(next, { due: this.now + next.every, seq: this.seq++ })
    else this.timers.delete(next.id)
    try {
      next.fn(...next.args)
    } catch (err) {
      this.onError(err)
    }
    return true
  }

  /** Forgets every timer (the phone is put away). */
  clear(): void {
    this.timers.clear()
  }

  private add(fn: (...args: unknown[]) => void, ms: number | undefined, args: unknown[], every?: number) {
    if (typeof fn !== 'function') throw new TypeError('setTimeout needs a function')
    const id = this.nextId++
    const due = this.now + Math.max(0, Number(ms) || 0)
    this.timers.set(id, { id, due, seq: this.seq++, fn, args, every })
    return id
  }
}
