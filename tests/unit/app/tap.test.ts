/**
 * The tap helper: which APIs are tap-bound, a tap that is live only in the synchronous part of its
 * handler, and the two-tap pattern (prepare → ready → the next tap delivers synchronously).
 */
import { inTap, isTapBound, onTap, TAP_BOUND, TapLost, twoTap } from '@/platform/tap'
import type { Tap } from '@/platform/tap'

const tick = () => new Promise((r) => setTimeout(r, 0))

test('the calls WeChat refuses outside a tap are listed, and the ones we keep in a tap too', () => {
  for (const api of ['shareFileMessage', 'requestSubscribeMessage', 'openSetting']) {
    expect(isTapBound(api)).toBe(true)
    expect(TAP_BOUND[api as keyof typeof TAP_BOUND]).toBe('wechat')
  }
  for (const api of ['saveImageToPhotosAlbum', 'chooseMedia']) expect(isTapBound(api)).toBe(true)
  expect(isTapBound('scanCode')).toBe(false)
  expect(isTapBound('toString')).toBe(false)
})

test('a tap is live during the handler’s synchronous part only', async () => {
  const seen: boolean[] = []
  let kept: Tap | null = null
  const handler = onTap(async (tap: Tap) => {
    kept = tap
    seen.push(tap.live)
    await Promise.resolve()
    seen.push(tap.live)
  })
  await handler(undefined)
  expect(seen).toEqual([true, false])
  expect(kept!.live).toBe(false)
})

test('inTap runs the call in a live tap and refuses a stale one without calling', () => {
  const call = jest.fn(() => 'shared')
  expect(onTap((tap) => inTap(tap, 'shareFileMessage', call))(undefined)).toBe('shared')
  expect(() => inTap({ live: false }, 'shareFileMessage', call)).toThrow(TapLost)
  expect(call).toHaveBeenCalledTimes(1)
})

test('a handler that throws still ends its tap', () => {
  let kept: Tap | null = null
  expect(() =>
    onTap((tap: Tap) => {
      kept = tap
      throw new Error('boom')
    })(undefined),
  ).toThrow('boom')
  expect(kept!.live).toBe(false)
})

describe('two taps', () => {
  function exportMachine() {
    const share = jest.fn((file: string) => Promise.resolve(`shared ${file}`))
    const machine = twoTap({
      prepare: async (scope: string) => {
        await tick() // the cloud call and the file write
        return `${scope}.csv`
      },
      deliver: (tap, file: string) => inTap(tap, 'shareFileMessage', () => share(file)),
    })
    return { machine, share }
  }

  test('prepare, then the next tap shares synchronously in its handler', async () => {
    const { machine, share } = exportMachine()
    const phases: string[] = []
    machine.subscribe(() => phases.push(machine.state.phase))
    await machine.prepare('1栋')
    expect(machine.state).toEqual({ phase: 'ready', prepared: '1栋.csv' })
    const pending = onTap((tap) => machine.deliver(tap))(undefined)
    // Before anything was awaited: the share is already under way inside the tap.
    expect(share).toHaveBeenCalledWith('1栋.csv')
    await expect(pending).resolves.toBe('shared 1栋.csv')
    expect(phases).toEqual(['preparing', 'ready', 'delivering', 'done'])
  })

  test('a tap before anything is ready does nothing', async () => {
    const { machine, share } = exportMachine()
    await expect(onTap((tap) => machine.deliver(tap))(undefined)).resolves.toBeNull()
    void machine.prepare('1栋')
    await expect(onTap((tap) => machine.deliver(tap))(undefined)).resolves.toBeNull()
    expect(share).not.toHaveBeenCalled()
  })

  test('one tap that awaits the preparation itself loses the gesture, and says so', async () => {
    const { machine, share } = exportMachine()
    await onTap(async (tap) => {
      await machine.prepare('全部')
      await machine.deliver(tap)
    })(undefined)
    expect(share).not.toHaveBeenCalled()
    expect(machine.state.phase).toBe('failed')
    expect((machine.state as { error: unknown }).error).toBeInstanceOf(TapLost)
    // The file is still ready: a fresh tap delivers it.
    await expect(onTap((tap) => machine.deliver(tap))(undefined)).resolves.toBe('shared 全部.csv')
  })

  test('a failed delivery keeps the prepared file for another try', async () => {
    const machine = twoTap({
      prepare: async () => 'poster.png',
      deliver: (tap, file: string) =>
        inTap(tap, 'saveImageToPhotosAlbum', () => Promise.reject(new Error(`${file}: 保存到相册失败`))),
    })
    await machine.prepare()
    await onTap((tap) => machine.deliver(tap))(undefined)
    expect(machine.state).toMatchObject({ phase: 'failed', prepared: 'poster.png' })
  })

  test('the latest preparation wins; reset drops what was prepared', async () => {
    const { machine } = exportMachine()
    const first = machine.prepare('1栋')
    const second = machine.prepare('全部')
    await Promise.all([first, second])
    expect(machine.state).toEqual({ phase: 'ready', prepared: '全部.csv' })
    machine.reset()
    expect(machine.state).toEqual({ phase: 'idle' })
  })

  test('a failed preparation is kept as the error, with nothing to deliver', async () => {
    const machine = twoTap({
      prepare: async () => {
        throw new Error('没有权限导出')
      },
      deliver: async () => 'never',
    })
    await expect(machine.prepare()).resolves.toBeNull()
    expect(machine.state).toMatchObject({ phase: 'failed' })
    expect('prepared' in machine.state && machine.state.prepared).toBeFalsy()
  })
})
