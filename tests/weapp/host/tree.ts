/**
 * The rendered page as a tree of elements, read the way WeChat renders it: from the page's data
 * (`root.cn[...]`, node type `nn`, text `v`, `sid`/`uid`) through the WXML templates of the build
 * (tag, attributes, bound events), plus each element's `data-*` from Taro's DOM.
 */
import type { NodeTemplate, Templates } from './templates'
import type { TaroNode } from './taroDom'

interface DataNode {
  nn?: string
  sid?: string
  uid?: string
  v?: string
  cn?: DataNode[]
  [key: string]: unknown
}

export interface ElementView {
  sid: string
  /** The element's WXML id (`uid` when the app set an id, else `sid`). */
  id: string
  tag: string
  /** Attributes by their WXML names: `class`, `disabled`, `open-type`, `value`, `placeholder`, … */
  attrs: Record<string, unknown>
  /** `data-*` attributes (`data-testid` → `testid`). */
  dataset: Record<string, unknown>
  template: NodeTemplate
  /** Text of the element and everything inside it, as the DOM's textContent would join it. */
  text: string
  children: ElementView[]
  parent: ElementView | null
  /** Hidden by `display: none` (itself or an ancestor). */
  hidden: boolean
}

export function buildTree(
  data: Record<string, unknown>,
  templates: Templates,
  lookup: (sid: string) => TaroNode | null,
): ElementView {
  const root = (data.root ?? { cn: [] }) as DataNode
  const page: ElementView = {
    sid: 'root',
    id: 'root',
    tag: 'page',
    attrs: {},
    dataset: {},
    template: { tag: 'page', attrs: {}, events: {} },
    text: '',
    children: [],
    parent: null,
    hidden: false,
  }
  fill(page, root.cn ?? [], templates, lookup)
  return page
}

/** Adds `nodes` under `el` in order: text joins its text, elements become its children. */
function fill(
  el: ElementView,
  nodes: DataNode[],
  templates: Templates,
  lookup: (sid: string) => TaroNode | null,
) {
  for (const node of nodes) {
    if (node.v !== undefined) {
      if (!el.hidden) el.text += String(node.v)
      continue
    }
    const child = element(node, el, templates, lookup)
    el.children.push(child)
    el.text += child.text
  }
}

function element(
  node: DataNode,
  parent: ElementView,
  templates: Templates,
  lookup: (sid: string) => TaroNode | null,
): ElementView {
  const template = templates.get(String(node.nn)) ?? { tag: `unknown(${node.nn})`, attrs: {}, events: {} }
  const attrs: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(node)) if (template.attrs[key]) attrs[template.attrs[key]] = value
  const el: ElementView = {
    sid: String(node.sid),
    id: String(node.uid ?? node.sid),
    tag: template.tag,
    attrs,
    dataset: { ...(lookup(String(node.sid))?.dataset ?? {}) },
    template,
    text: '',
    children: [],
    parent,
    hidden: parent.hidden || /display:\s*none/.test(String(node.st ?? '')),
  }
  fill(el, node.cn ?? [], templates, lookup)
  return el
}

/** Every element under `root`, depth first. */
export function descendants(root: ElementView): ElementView[] {
  return root.children.flatMap((c) => [c, ...descendants(c)])
}
