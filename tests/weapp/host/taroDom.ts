/**
 * Taro's own DOM inside the realm, for what the setData tree leaves out: `data-*` attributes
 * (`data-testid`) stay on Taro's element (`node.dataset`) and never reach the data WeChat renders.
 * The bundle's chunks arrive through `wx.webpackJsonp`; the host hands the bundle an array that
 * notes each module as webpack instantiates it (its `module` object), and Taro's document is the
 * loaded export that has getElementById/createElement/createTextNode.
 */
export interface TaroNode {
  dataset?: Record<string, unknown>
}

export interface TaroDocument {
  getElementById(id: string): TaroNode | null
}

type Factory = (this: unknown, module: { exports: unknown }, exports: unknown, req: unknown) => unknown
type Chunk = [unknown, Record<string, Factory>, unknown?]

const WRAPPED = Symbol('weapp-host-module')

/** Installs `wx.webpackJsonp` before app.js runs; answers the modules webpack has loaded so far. */
export function watchModules(wx: Record<string, unknown>): Map<string, { exports: unknown }> {
  const loaded = new Map<string, { exports: unknown }>()
  const jsonp: unknown[] = []
  const wrap = (chunk: Chunk) => {
    const modules = chunk?.[1] ?? {}
    for (const id of Object.keys(modules)) {
      const factory = modules[id]
      if ((factory as unknown as Record<symbol, boolean>)[WRAPPED]) continue
      const wrapped: Factory = function (this: unknown, module, exports, req) {
        loaded.set(id, module)
        return factory.call(this, module, exports, req)
      }
      modules[id] = Object.assign(wrapped, { [WRAPPED]: true })
    }
  }
  // webpack's runtime replaces `push` with its own chunk loader; keep ours in front of it.
  let inner: (...chunks: unknown[]) => number = Array.prototype.push.bind(jsonp)
  Object.defineProperty(jsonp, 'push', {
    get: () => {
      const next = inner // the runtime keeps the push it found as its parent: bind it now
      return (...chunks: Chunk[]) => {
        chunks.forEach(wrap)
        return next(...chunks)
      }
    },
    set: (next: (...chunks: unknown[]) => number) => (inner = next),
  })
  wx.webpackJsonp = jsonp
  return loaded
}

export function findTaroDocument(loaded: Map<string, { exports: unknown }>): TaroDocument {
  for (const { exports } of loaded.values()) {
    if (!exports || typeof exports !== 'object') continue
    for (const key of Object.keys(exports)) {
      const value = read(exports, key)
      const doc = isDocument(value)
        ? value
        : isDocument(read(value, 'document'))
          ? read(value, 'document')
          : null
      if (doc) return doc as TaroDocument
    }
  }
  throw new Error("Taro's document was not found among the bundle's loaded modules")
}

function read(obj: unknown, key: string): unknown {
  try {
    return obj && typeof obj === 'object' ? (obj as Record<string, unknown>)[key] : undefined
  } catch {
    return undefined
  }
}

function isDocument(v: unknown): boolean {
  return ['getElementById', 'createElement', 'createTextNode'].every((m) => typeof read(v, m) === 'function')
}
