/** The session store: entering a station by its QR code, and the states a page renders from. */
const calls: { fn: string; action: string; input: unknown; options?: unknown }[] = []
const stored = new Map<string, unknown>()
let context: Record<string, unknown> = {}
let answer: (action: string) => unknown = () => null

jest.mock('@/services/cloud', () => {
  class CallError extends Error {
    constructor(
      readonly code: string,
      message: string,
    ) {
      super(message)
    }
  }
  return {
    CallError,
    setCallContext: (c: Record<string, unknown>) => (context = c),
    call: async (fn: string, action: string, input: unknown, options?: unknown) => {
      calls.push(options === undefined ? { fn, action, input } : { fn, action, input, options })
      const out = answer(action)
      if (out instanceof Error) throw out
      return out
    },
  }
})
jest.mock('@/services/platform', () => ({
  load: (k: string) => stored.get(k) ?? null,
  save: (k: string, v: unknown) => stored.set(k, v),
  remove: (k: string) => stored.delete(k),
}))

// Required (not imported) so the mocks' state above exists when the store module initialises.
/* eslint-disable @typescript-eslint/no-require-imports */
const { CallError } = require('@/services/cloud') as typeof import('@/services/cloud')
const { useSession } = require('@/stores/session') as typeof import('@/stores/session')
/* eslint-enable @typescript-eslint/no-require-imports */

const card = { stationId: 'st-xinan', code: 'xinan', name: '馨安公寓红旗驿站', address: '馨安路88号' }

beforeEach(() => {
  calls.length = 0
})

test('entering by code resolves the station, remembers it and scopes later calls to it', async () => {
  answer = () => card
  await useSession.getState().enterByCode('xinan')
  expect(calls).toEqual([{ fn: 'station', action: 'resolve', input: { code: 'xinan' } }])
  expect(useSession.getState().station).toEqual(card)
  expect(stored.get('linli.station')).toEqual(card)
  expect(context).toEqual({ stationId: 'st-xinan' })
})

test('loadMe goes loading -> data, and keeps the data when a refresh fails', async () => {
  const me = { stationId: 'st-xinan', member: null, roles: [], permissions: {}, actingFor: null }
  answer = () => me
  const pending = useSession.getState().loadMe()
  expect(useSession.getState().me.loading).toBe(true)
  await pending
  expect(useSession.getState().me).toEqual({ data: me, loading: false, error: null })

  answer = () => new CallError('NETWORK_ERROR', '网络连接失败，请检查网络后重试')
  await useSession.getState().loadMe()
  const state = useSession.getState().me
  expect(state.data).toEqual(me)
  expect(state.error?.message).toBe('网络连接失败，请检查网络后重试')
})

test('acting for someone puts their id on the calls made for them, not on every call', async () => {
  answer = () => ({ stationId: 'st-xinan', member: null, roles: [], permissions: {}, actingFor: null })
  await useSession.getState().actFor({ memberId: 'mb-xa-elder', name: '王奶奶' })
  expect(calls.at(-1)).toEqual({
    fn: 'station',
    action: 'me',
    input: {},
    options: { onBehalfOf: 'mb-xa-elder' },
  })
  expect(useSession.getState().proxyOptions()).toEqual({ onBehalfOf: 'mb-xa-elder' })
  expect(context).toEqual({ stationId: 'st-xinan' })
  await useSession.getState().actFor(null)
  expect(calls.at(-1)).toEqual({ fn: 'station', action: 'me', input: {}, options: {} })
  expect(useSession.getState().proxyOptions()).toEqual({})
})

test('switching station forgets whom I acted for and who I was there', () => {
  useSession.getState().selectStation({ ...card, stationId: 'st-qinglan', code: 'qinglan' })
  expect(useSession.getState().actingFor).toBeNull()
  expect(useSession.getState().me.data).toBeNull()
  expect(context).toEqual({ stationId: 'st-qinglan' })
})

export {}
