/**
 * Timer triggers, as WeChat cloud runs them: each function's config.json may name one
 * (`"triggers": [{ "name", "type": "timer", "config": "<7-field cron>" }]`); at every matching
 * second (China time, UTC+8) the function is invoked with no caller and the event
 * `{ Type: 'Timer', TriggerName, Time }`. The functions cannot tell this runner from the cloud's.
 *
 * One difference, on purpose: a laptop's local cloud is off most of the time, so at start each
 * trigger fires once to catch up on what the cloud's would have done meanwhile (the functions'
 * timed moves are judged by their own clock, so a catch-up run does only what is due).
 */

export interface TriggerSpec {
  fn: string
  name: string
  cron: string
}

export interface Invoker {
  invoke(fn: string, event: unknown, identity: { openid: null }): Promise<unknown>
}

type Field = Set<number>

export interface Cron {
  seconds: Field
  minutes: Field
  hours: Field
  days: Field
  months: Field
  weekdays: Field
  years: Field
  /** Day of month and weekday both given: either matches (as WeChat's docs say). */
  dayOr: boolean
  anyDay: boolean
  anyWeekday: boolean
}

const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC']
const WEEKDAYS = ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT']
const RANGES: [number, number, string[]?][] = [
  [0, 59],
  [0, 59],
  [0, 23],
  [1, 31],
  [1, 12, MONTHS],
  [0, 6, WEEKDAYS],
  [1970, 2099],
]

function value(text: string, names: string[] | undefined, min: number): number {
  const named = names?.indexOf(text.toUpperCase()) ?? -1
  if (named >= 0) return named + min
  if (!/^\d+$/.test(text)) throw new Error(`not a number in a cron field: ${text}`)
  return Number(text)
}

function field(text: string, [min, max, names]: [number, number, string[]?]): Field {
  const out = new Set<number>()
  for (const part of text.split(',')) {
    const [range, stepText] = part.split('/')
    const step = stepText === undefined ? 1 : Number(stepText)
    if (!Number.isInteger(step) || step < 1) throw new Error(`bad step in cron field: ${part}`)
    const [from, to] =
      range === '*'
        ? [min, max]
        : range.includes('-')
          ? (range.split('-').map((v) => value(v, names, min)) as [number, number])
          : [value(range, names, min), stepText === undefined ? value(range, names, min) : max]
    if (from < min || to > max || from > to) throw new Error(`cron field out of range: ${part}`)
    for (let v = from; v <= to; v += step) out.add(v)
  }
  return out
}

/** Parses WeChat's seven-field cron: second minute hour day month weekday year. */
export function parseCron(expression: string): Cron {
  const parts = expression.trim().split(/\s+/)
  if (parts.length !== 7)
    throw new Error(`a timer trigger's cron has 7 fields, not ${parts.length}: ${expression}`)
  const [seconds, minutes, hours, days, months, weekdays, years] = parts.map((p, i) => field(p, RANGES[i]))
  const anyDay = parts[3] === '*'
  const anyWeekday = parts[5] === '*'
  return {
    seconds,
    minutes,
    hours,
    days,
    months,
    weekdays,
    years,
    dayOr: !anyDay && !anyWeekday,
    anyDay,
    anyWeekday,
  }
}

const CHINA = 8 * 3600 * 1000

function dayMatches(cron: Cron, d: Date): boolean {
  const byDay = cron.days.has(d.getUTCDate())
  const byWeekday = cron.weekdays.has(d.getUTCDay())
  if (cron.dayOr) return byDay || byWeekday
  return (cron.anyDay || byDay) && (cron.anyWeekday || byWeekday)
}

/** The first second after `after` the cron matches (China time), or null within the cron's years. */
export function nextFire(cron: Cron, after: Date): Date | null {
  // Work in China wall-clock time, kept in a Date's UTC fields.
  const t = new Date(Math.floor((after.getTime() + CHINA) / 1000) * 1000 + 1000)
  for (let guard = 0; guard < 200000; guard++) {
    const y = t.getUTCFullYear()
    if (y > 2099) return null
    if (!cron.years.has(y)) t.setTime(Date.UTC(y + 1, 0, 1))
    else if (!cron.months.has(t.getUTCMonth() + 1)) t.setTime(Date.UTC(y, t.getUTCMonth() + 1, 1))
    else if (!dayMatches(cron, t)) t.setTime(Date.UTC(y, t.getUTCMonth(), t.getUTCDate() + 1))
    else if (!cron.hours.has(t.getUTCHours()))
      t.setTime(Date.UTC(y, t.getUTCMonth(), t.getUTCDate(), t.getUTCHours() + 1))
    else if (!cron.minutes.has(t.getUTCMinutes())) t.setTime(t.getTime() - (t.getTime() % 60000) + 60000)
    else if (!cron.seconds.has(t.getUTCSeconds())) t.setTime(t.getTime() + 1000)
    else return new Date(t.getTime() - CHINA)
  }
  return null
}

/** The timer triggers the functions' config.json files declare (WeChat allows one per function). */
export function triggersOf(configs: { fn: string; config: unknown }[]): TriggerSpec[] {
  const out: TriggerSpec[] = []
  for (const { fn, config } of configs) {
    const triggers =
      (config as { triggers?: { name?: string; type?: string; config?: string }[] })?.triggers ?? []
    for (const t of triggers)
      if (t.type === 'timer' && t.name && t.config) out.push({ fn, name: t.name, cron: t.config })
  }
  return out
}

export class TriggerRunner {
  private readonly timers = new Map<string, NodeJS.Timeout>()
  private stopped = false

  constructor(
    private readonly host: Invoker,
    private readonly specs: TriggerSpec[],
    private readonly now: () => Date = () => new Date(),
    private readonly log: (line: string) => void = () => {},
  ) {
    for (const spec of specs) parseCron(spec.cron) // a bad expression fails at start, not at midnight
  }

  /** Fires each trigger once (catching up), then on its schedule. */
  async start(): Promise<void> {
    for (const spec of this.specs) {
      await this.fire(spec)
      this.schedule(spec)
    }
  }

  stop() {
    this.stopped = true
    for (const timer of this.timers.values()) clearTimeout(timer)
    this.timers.clear()
  }

  private schedule(spec: TriggerSpec) {
    if (this.stopped) return
    const at = nextFire(parseCron(spec.cron), this.now())
    if (!at) return
    // setTimeout holds at most ~24.8 days; a longer wait is taken in steps.
    const wait = Math.min(at.getTime() - this.now().getTime(), 2 ** 31 - 1)
    const timer = setTimeout(
      async () => {
        if (this.now().getTime() >= at.getTime()) await this.fire(spec)
        this.schedule(spec)
      },
      Math.max(0, wait),
    )
    timer.unref()
    this.timers.set(`${spec.fn}/${spec.name}`, timer)
  }

  private async fire(spec: TriggerSpec) {
    const event = { Type: 'Timer', TriggerName: spec.name, Time: this.now().toISOString() }
    try {
      const result = await this.host.invoke(spec.fn, event, { openid: null })
      this.log(`定时触发 ${spec.fn}/${spec.name}: ${JSON.stringify(result)}`)
    } catch (err) {
      this.log(`定时触发 ${spec.fn}/${spec.name} 失败: ${String((err as Error)?.message ?? err)}`)
    }
  }
}
