/**
 * The session store: entering a station by its QR code, acting for a neighbour (代办) surviving a
 * relaunch for that station only, and the local identity switcher landing on the new person's station.
 */
const calls: { fn: string; action: string; input: unknown }[] = []
const stored = new Map<string, unknown>()
let context: Record<string, unknown> = {}
let answer: (action: string) => unknown = () => null

jest.mock('@/cloud/client', () => ({
  setCallContext: (c: Record<string, unknown>) => (context = c),
  call: async (fn: string, action: string, input: unknown) => {
    calls.push({ fn, action, input })
    return answer(action)
  },
}))
jest.mock('@/platform/storage', () => ({
  load: (k: string) => stored.get(k) ?? null,
  save: (k: string, v: unknown) => stored.set(k, v),
  remove: (k: string) => stored.delete(k),
}))

type SessionModule = typeof import('@/stores/session')

/** A fresh launch of the app: the store module reads what the phone remembered. */
function launch(): SessionModule['useSession'] {
  let mod: SessionModule | undefined
  jest.isolateModules(() => {
    mod = require('@/stores/session') // eslint-disable-line @typescript-eslint/no-require-imports
  })
  return mod!.useSession
}

const xinan = { stationId: 'st-xinan', code: 'xinan', name: '馨安公寓红旗驿站', address: '馨安路88号' }
const qinglan = { stationId: 'st-qinglan', code: 'qinglan', name: '晴岚家园', address: '晴岚路1号' }
const elder = { memberId: 'mb-xa-elder', name: '王奶奶' }

beforeEach(() => {
  calls.length = 0
  stored.clear()
  context = {}
})

test('entering by code resolves the station, remembers it and scopes later calls to it', async () => {
  const session = launch()
  answer = () => xinan
  await session.getState().enterByCode('xinan')
  expect(calls).toEqual([{ fn: 'station', action: 'resolve', input: { code: 'xinan' } }])
  expect(session.getState().station).toEqual(xinan)
  expect(stored.get('linli.station')).toEqual(xinan)
  expect(context).toEqual({ stationId: 'st-xinan' })
  expect(launch().getState().station).toEqual(xinan)
})

test('acting for a neighbour survives a relaunch, at that station only', () => {
  const session = launch()
  session.getState().selectStation(xinan)
  session.getState().actFor(elder)
  expect(launch().getState().actingFor).toEqual(elder)

  stored.set('linli.station', qinglan)
  expect(launch().getState().actingFor).toBeNull()
})

test('switching station or stopping ends acting for someone', () => {
  const session = launch()
  session.getState().selectStation(xinan)
  session.getState().actFor(elder)
  session.getState().selectStation(qinglan)
  expect(session.getState().actingFor).toBeNull()
  expect(stored.has('linli.actingFor')).toBe(false)

  session.getState().actFor(elder)
  session.getState().actFor(null)
  expect(launch().getState().actingFor).toBeNull()
})

test('after switching identity: stay where the new person belongs, else go to their station', async () => {
  const session = launch()
  session.getState().selectStation(xinan)
  session.getState().actFor(elder)

  answer = () => ({ items: [{ ...xinan, status: 'pending', roles: [] }] })
  await session.getState().followIdentity()
  expect(session.getState().station).toEqual(xinan)
  expect(session.getState().actingFor).toBeNull()

  answer = () => ({ items: [{ ...qinglan, status: 'verified', roles: ['stationHead'] }] })
  await session.getState().followIdentity()
  expect(session.getState().station).toEqual(qinglan)
  expect(context).toEqual({ stationId: 'st-qinglan' })

  // A newcomer belongs nowhere yet: they stay on the station they were looking at.
  answer = () => ({ items: [] })
  await session.getState().followIdentity()
  expect(session.getState().station).toEqual(qinglan)
})

export {}
