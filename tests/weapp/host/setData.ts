/**
 * `this.setData({'root.cn.[0].cn.[2].v': 'text'})` as WeChat applies it: each key is a data path
 * (dots and `[index]`), each value is serialised (data crosses to the render layer as JSON, so
 * functions and class instances do not survive). Also measures the payload, which WeChat caps.
 */

/** WeChat rejects a setData payload above 1024 KB (framework/audits/scoring: keep it ≤ 256 KB). */
export const SET_DATA_HARD_CAP = 1024 * 1024

export function pathOf(key: string): (string | number)[] {
  const out: (string | number)[] = []
  for (const m of key.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) out.push(m[2] !== undefined ? Number(m[2]) : m[1])
  return out
}

/** Applies one setData call to `data`; returns the payload size in bytes. */
export function applySetData(data: Record<string, unknown>, update: Record<string, unknown>): number {
  const json = JSON.stringify(update) ?? '{}'
  const copy = JSON.parse(json) as Record<string, unknown>
  for (const [key, value] of Object.entries(copy)) setPath(data, pathOf(key), value)
  return Buffer.byteLength(json)
}

function setPath(target: Record<string | number, unknown>, keys: (string | number)[], value: unknown) {
  let node = target
  keys.slice(0, -1).forEach((k, i) => {
    const next = node[k]
    if (next === null || typeof next !== 'object') node[k] = typeof keys[i + 1] === 'number' ? [] : {}
    node = node[k] as Record<string | number, unknown>
  })
  node[keys[keys.length - 1]] = value
}
