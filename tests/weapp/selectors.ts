/**
 * How a test names an element on the rendered page: by `data-testid` (a plain string), id, tag or
 * text, optionally within another element. Text selects the innermost element showing it, so
 * "通过" means the button, not the row around it.
 */
import type { ElementView } from './host/tree'
import { descendants } from './host/tree'

/** A string is a `data-testid`; text: a string matches the element's whole text, a RegExp any part. */
export type Selector =
  string | { testId?: string | RegExp; text?: string | RegExp; id?: string; tag?: string; within?: Target }
export type Target = Selector | ElementView

export function selectAll(tree: ElementView, target: Target): ElementView[] {
  // An element found earlier is looked up again by sid: the page may have re-rendered since.
  if (isElement(target)) return descendants(tree).filter((e) => e.sid === target.sid)
  const sel = typeof target === 'string' ? { testId: target } : target
  const scope = sel.within ? selectOne(tree, sel.within) : tree
  const hits = descendants(scope).filter((e) => !e.hidden && matches(e, sel))
  return sel.text === undefined ? hits : hits.filter((e) => !hits.some((h) => h !== e && isInside(h, e)))
}

export function selectOne(tree: ElementView, target: Target): ElementView {
  const found = selectAll(tree, target)
  if (found.length === 1) return found[0]
  if (found.length === 0) throw new Error(`no element ${describeTarget(target)}`)
  throw new Error(
    `${found.length} elements ${describeTarget(target)}: ${found.map((e) => e.text).join(' | ')}`,
  )
}

export function describeTarget(target: Target): string {
  if (isElement(target)) return `<${target.tag} "${target.text.slice(0, 30)}">`
  if (typeof target === 'string') return `[data-testid=${target}]`
  const { within, ...rest } = target
  const own = JSON.stringify(rest, (_k, v) => (v instanceof RegExp ? String(v) : v))
  return within ? `${own} within ${describeTarget(within)}` : own
}

function matches(el: ElementView, sel: Exclude<Selector, string>): boolean {
  if (sel.testId !== undefined && !fits(sel.testId, el.dataset.testid)) return false
  if (sel.id !== undefined && el.id !== sel.id) return false
  if (sel.tag !== undefined && el.tag !== sel.tag) return false
  if (sel.text !== undefined && !fits(sel.text, el.text.trim())) return false
  return true
}

function fits(want: string | RegExp, value: unknown): boolean {
  if (value === undefined) return false
  return typeof want === 'string' ? want === String(value) : want.test(String(value))
}

function isInside(inner: ElementView, outer: ElementView): boolean {
  for (let p = inner.parent; p; p = p.parent) if (p === outer) return true
  return false
}

function isElement(target: Target): target is ElementView {
  return typeof target === 'object' && 'sid' in target && 'template' in target
}
