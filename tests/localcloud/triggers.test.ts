/**
 * Timer triggers as WeChat cloud runs them: the seven-field cron of config.json read in China
 * time (UTC+8), with its wildcards, ranges, steps, names and the day-or-weekday rule; the runner
 * fires each trigger once at start (catching up) and then at every matching second, with no
 * caller and the cloud's `{ Type: 'Timer', TriggerName, Time }` event. Every function's declared
 * triggers are valid by WeChat's rules.
 */
import fs from 'fs'
import path from 'path'
import { nextFire, parseCron, TriggerRunner, triggersOf } from '../../localcloud/triggers'

const next = (cron: string, after: string) => nextFire(parseCron(cron), new Date(after))?.toISOString()

test('every hour on the hour, China time', () => {
  expect(next('0 0 * * * * *', '2026-12-01T14:33:20Z')).toBe('2026-12-01T15:00:00.000Z')
  expect(next('0 0 * * * * *', '2026-12-01T15:00:00Z')).toBe('2026-12-01T16:00:00.000Z')
})

test('2 a.m. on the 1st of each month (China) — the docs’ example', () => {
  // 08:00 China on 1 December: the next is 1 January, 02:00 China = 18:00 UTC the day before.
  expect(next('0 0 2 1 * * *', '2026-12-01T00:00:00Z')).toBe('2026-12-31T18:00:00.000Z')
})

test('steps, ranges, lists and names', () => {
  expect(next('*/5 * * * * * *', '2026-12-01T00:00:02Z')).toBe('2026-12-01T00:00:05.000Z')
  expect(next('0 1/10 * * * * *', '2026-12-01T00:02:00Z')).toBe('2026-12-01T00:11:00.000Z')
  expect(next('0 0 9,18 * * * *', '2026-12-01T02:00:00Z')).toBe('2026-12-01T10:00:00.000Z')
  // 2026-12-05 is a Saturday (China): the next weekday 09:30 is Monday the 7th.
  expect(next('0 30 9 * * MON-FRI *', '2026-12-05T00:00:00Z')).toBe('2026-12-07T01:30:00.000Z')
  expect(next('0 0 0 1 JAN * *', '2026-06-01T00:00:00Z')).toBe('2026-12-31T16:00:00.000Z')
  expect(next('0 0 0 1 1 * 2026', '2026-06-01T00:00:00Z')).toBeUndefined()
})

test('day of month and weekday both given: either one matches', () => {
  // The 15th, or any Monday: from Saturday 2026-12-05, Monday the 7th comes first.
  expect(next('0 0 0 15 * 1 *', '2026-12-05T00:00:00Z')).toBe('2026-12-06T16:00:00.000Z')
})

test('malformed expressions are refused when read, not at midnight', () => {
  expect(() => parseCron('0 0 * * * *')).toThrow('7 fields')
  expect(() => parseCron('0 60 * * * * *')).toThrow('out of range')
  expect(() => parseCron('0 0 * * * * * *')).toThrow()
  expect(() => parseCron('0 */0 * * * * *')).toThrow('step')
  expect(
    () => new TriggerRunner({ invoke: async () => null }, [{ fn: 'x', name: 'y', cron: 'hourly' }]),
  ).toThrow()
})

test('the runner fires once at start, then on the schedule, as no one, with the cloud’s event', async () => {
  jest.useFakeTimers({ now: Date.parse('2026-12-01T14:59:58Z') })
  const calls: { fn: string; event: Record<string, unknown>; identity: unknown }[] = []
  const host = {
    invoke: async (fn: string, event: unknown, identity: unknown) => {
      calls.push({ fn, event: event as Record<string, unknown>, identity })
      return { due: 0 }
    },
  }
  const runner = new TriggerRunner(host, [{ fn: 'wish', name: 'wishClock', cron: '0 0 * * * * *' }])
  try {
    await runner.start()
    expect(calls).toHaveLength(1)
    await jest.advanceTimersByTimeAsync(1000)
    expect(calls).toHaveLength(1)
    await jest.advanceTimersByTimeAsync(1500)
    expect(calls).toHaveLength(2)
    expect(calls[1]).toEqual({
      fn: 'wish',
      event: { Type: 'Timer', TriggerName: 'wishClock', Time: '2026-12-01T15:00:00.000Z' },
      identity: { openid: null },
    })
    await jest.advanceTimersByTimeAsync(3600_000)
    expect(calls).toHaveLength(3)
    runner.stop()
    await jest.advanceTimersByTimeAsync(2 * 3600_000)
    expect(calls).toHaveLength(3)
  } finally {
    runner.stop()
    jest.useRealTimers()
  }
})

test('the functions’ triggers follow WeChat’s rules: one per function, a valid name, a 7-field cron', () => {
  const root = path.resolve(__dirname, '../../cloudfunctions')
  const configs = fs
    .readdirSync(root)
    .filter((fn) => fs.existsSync(path.join(root, fn, 'config.json')))
    .map((fn) => ({ fn, config: JSON.parse(fs.readFileSync(path.join(root, fn, 'config.json'), 'utf8')) }))
  for (const { config } of configs) expect((config.triggers ?? []).length).toBeLessThanOrEqual(1)
  const triggers = triggersOf(configs)
  expect(triggers).toContainEqual({ fn: 'wish', name: 'wishClock', cron: '0 0 * * * * *' })
  for (const t of triggers) {
    expect(t.name).toMatch(/^[A-Za-z][A-Za-z0-9_-]{0,59}$/)
    expect(() => parseCron(t.cron)).not.toThrow()
  }
})
