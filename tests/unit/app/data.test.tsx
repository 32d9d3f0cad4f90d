/**
 * @jest-environment jsdom
 *
 * The data layer: a double tap sends one mutation; a query answer is shared and reloads when a
 * mutation makes it stale; a form shows every problem at once only after the first try, sends
 * nothing while any remains, and drops the server's word about a field once it is edited.
 */
import { act } from 'react'
import type { ReactNode } from 'react'

// @types/react-dom is not a dependency: the two calls this test makes.
interface Root {
  render(node: ReactNode): void
}

const sent: { action: string; input: unknown }[] = []
let reply: (action: string, input: unknown) => Promise<unknown> = async () => null
const revealed: number[] = []

jest.mock('@/cloud/client', () => {
  class CallError extends Error {
    constructor(
      readonly code: string,
      message: string,
      readonly field?: string,
    ) {
      super(message)
    }
  }
  return {
    CallError,
    setCallContext: () => undefined,
    call: (_fn: string, action: string, input: unknown) => {
      sent.push({ action, input })
      return reply(action, input)
    },
  }
})
// The real @tarojs/taro cannot load in jest (ESM runtime); the upload adapter in @/data imports it.
jest.mock('@tarojs/taro', () => ({ __esModule: true, default: {} }))
jest.mock('@/platform/storage', () => ({ load: () => null, save: () => undefined, remove: () => undefined }))
jest.mock('@/platform/feedback', () => ({ revealFirstError: () => revealed.push(Date.now()) }))

/* eslint-disable @typescript-eslint/no-require-imports */
const { createRoot } = require('react-dom/client') as { createRoot(el: Element): Root }
const data = require('@/data') as typeof import('@/data')
const { CallError } = require('@/cloud/client') as typeof import('@/cloud/client')
/* eslint-enable @typescript-eslint/no-require-imports */

;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true

/** Renders a hook and hands back its latest value. */
function renderHook<T>(hook: () => T): { current: () => T; root: Root } {
  let value: T
  function Probe() {
    value = hook()
    return null
  }
  const root = createRoot(document.createElement('div'))
  act(() => root.render(<Probe />))
  return { current: () => value, root }
}

function deferred<T>() {
  let resolve!: (v: T) => void
  const promise = new Promise<T>((r) => (resolve = r))
  return { promise, resolve }
}

beforeEach(() => {
  sent.length = 0
  revealed.length = 0
})

test('a second tap while the first is on its way sends nothing', async () => {
  const answer = deferred<unknown>()
  reply = () => answer.promise
  const hook = renderHook(() => data.useMutation('station', 'verify'))
  const input = { memberId: 'mb-1', decision: 'approve' as const }
  let first!: Promise<unknown>
  let second!: Promise<unknown>
  act(() => {
    first = hook.current().run(input)
    second = hook.current().run(input)
  })
  expect(hook.current().busy).toBe(true)
  await act(async () => answer.resolve({ memberId: 'mb-1' }))
  expect(await first).toEqual({ memberId: 'mb-1' })
  expect(await second).toBeNull()
  expect(sent).toHaveLength(1)
  expect(hook.current().busy).toBe(false)
})

test('pages asking the same question share one request; a mutation that changes it reloads it', async () => {
  let buildings = 1
  reply = async (action) => (action === 'listBuildings' ? { items: Array(buildings).fill({}) } : {})
  const a = renderHook(() => data.useQuery('station', 'listBuildings', {}))
  const b = renderHook(() => data.useQuery('station', 'listBuildings', {}))
  await act(async () => undefined)
  expect(sent.filter((s) => s.action === 'listBuildings')).toHaveLength(1)
  expect(b.current().data?.items).toHaveLength(1)

  buildings = 3
  const create = renderHook(() =>
    data.useMutation('station', 'createBuildings', { invalidates: ['station.listBuildings'] }),
  )
  await act(async () => {
    await create.current().run({ names: ['2栋', '3栋'], units: 1, floors: 1, roomsPerFloor: 1 })
  })
  await act(async () => undefined)
  expect(a.current().data?.items).toHaveLength(3)
  expect(sent.filter((s) => s.action === 'listBuildings')).toHaveLength(2)
})

test('a form shows every problem at once after the first try, and sends nothing meanwhile', async () => {
  reply = async () => ({ reportId: 'r1' })
  const hook = renderHook(() => {
    const save = data.useMutation('station', 'submitPartyReport')
    return data.useForm(
      { workUnit: '', partyOrg: '' },
      {
        mutations: [save],
        check: (d) => ({
          workUnit: d.workUnit ? undefined : '请填写工作单位',
          partyOrg: d.partyOrg ? undefined : '请填写所在党组织',
        }),
      },
    )
  })
  expect(hook.current().error('workUnit')).toBeNull()
  await act(async () => {
    await hook.current().submit(async () => 'sent')
  })
  expect([hook.current().error('workUnit'), hook.current().error('partyOrg')]).toEqual([
    '请填写工作单位',
    '请填写所在党组织',
  ])
  expect(revealed).toHaveLength(1)
  act(() => hook.current().set({ workUnit: '区市场监管局' }))
  expect(hook.current().error('workUnit')).toBeNull()
  expect(hook.current().error('partyOrg')).toBe('请填写所在党组织')
  expect(sent).toHaveLength(0)
})

test("the server's word about a field shows there until that field is edited", async () => {
  reply = async () => {
    throw new CallError('INVALID_INPUT', '姓名太长', 'name')
  }
  const hook = renderHook(() => {
    const register = data.useMutation('station', 'claimHead', { fields: ['name'] })
    const form = data.useForm({ name: 'x', token: '' }, { mutations: [register] })
    return { form, register }
  })
  await act(async () => {
    await hook.current().form.submit(() => hook.current().register.run({ token: 'ABCDEFGH' }))
  })
  expect(hook.current().form.error('name')).toBe('姓名太长')
  expect(hook.current().form.formError).toBeNull()
  act(() => hook.current().form.set({ token: 'A' }))
  expect(hook.current().form.error('name')).toBe('姓名太长')
  act(() => hook.current().form.set({ name: 'y' }))
  expect(hook.current().form.error('name')).toBeNull()
})
