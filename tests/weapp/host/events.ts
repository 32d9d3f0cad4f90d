/**
 * A user event delivered the way the built WXML delivers it: to the page's `eh` once for each
 * element, from the target up, whose template binds the event (`bindtap="eh"`), stopping after a
 * `catch` binding; non-bubbling events (input, change, getphonenumber) reach only the target. The
 * event carries `currentTarget`/`target` with the node's id and `data-sid`, as WeChat builds it.
 * The whole synchronous dispatch runs with the gesture flag raised.
 */
import type { PageInstance } from './pages'
import type { Rules } from './rules'
import type { ElementView } from './tree'

export interface UserEvent {
  type: string
  detail?: Record<string, unknown>
  bubbles: boolean
}

type Handler = (this: PageInstance, event: unknown) => unknown

/** Returns how many bound handlers the event reached (0: nothing on the way handles it). */
export function dispatch(
  page: PageInstance,
  target: ElementView,
  event: UserEvent,
  rules: Rules,
  guard: (run: () => void) => void,
): number {
  const chain: ElementView[] = []
  for (let el: ElementView | null = target; el && el.tag !== 'page'; el = event.bubbles ? el.parent : null)
    chain.push(el)
  let reached = 0
  rules.duringGesture(() => {
    for (const el of chain) {
      const binding = el.template.events[event.type]
      if (!binding) continue
      reached++
      guard(() => void (page.eh as Handler).call(page, mpEvent(event, target, el)))
      if (binding === 'catch') break
    }
  })
  return reached
}

function mpEvent(event: UserEvent, target: ElementView, current: ElementView) {
  const node = (el: ElementView) => ({ id: el.id, dataset: { sid: el.sid }, offsetLeft: 0, offsetTop: 0 })
  return {
    type: event.type,
    timeStamp: Date.now(),
    detail: { ...(event.detail ?? {}) },
    target: node(target),
    currentTarget: node(current),
    mark: {},
    touches: [],
    changedTouches: [],
    mut: false,
  }
}
