/**
 * What the built WXML does with each node of Taro's data tree. Taro renders `root.cn[...]` through
 * templates `tmpl_<depth>_<nn>` in dist/weapp/base.wxml; each names the component (`<button>`),
 * which data keys feed which attributes (`open-type="{{i.p11}}"`), and which events reach the
 * page (`bindtap="eh"`, `catchtouchmove="eh"`). Read from the build, so nothing is hard-coded.
 */
import fs from 'fs'
import path from 'path'

export interface NodeTemplate {
  /** `view`, `button`, `input`, `text`, … (`#text` for text nodes). */
  tag: string
  /** data key (`p11`, `cl`) -> WXML attribute (`open-type`, `class`). */
  attrs: Record<string, string>
  /** events bound to the page's `eh`: type -> `bind` | `catch`. */
  events: Record<string, 'bind' | 'catch'>
}

export type Templates = Map<string, NodeTemplate>

const TEMPLATE = /<template name="tmpl_0_([A-Za-z0-9_-]+)">([\s\S]*?)<\/template>/g

export function readTemplates(weappRoot: string): Templates {
  const wxml = fs.readFileSync(path.join(weappRoot, 'base.wxml'), 'utf8')
  const bodies = new Map<string, string>()
  for (const m of wxml.matchAll(TEMPLATE)) bodies.set(m[1], m[2])
  const out: Templates = new Map()
  for (const [name, body] of bodies) {
    if (name.endsWith('_focus') || name.endsWith('_blur')) continue
    // Inputs choose a focus/blur variant at render time; both bind the same events.
    const element = /<template is="\{\{xs\.c\(/.test(body) ? (bodies.get(`${name}_blur`) ?? body) : body
    out.set(name, parse(element))
  }
  return out
}

function parse(body: string): NodeTemplate {
  if (/^\s*<block>\{\{i\.v\}\}<\/block>/.test(body)) return { tag: '#text', attrs: {}, events: {} }
  const open = /<([a-z][a-z0-9-]*)\s([^>]*)>/.exec(body)
  if (!open) return { tag: 'unknown', attrs: {}, events: {} }
  const attrs: Record<string, string> = {}
  const events: Record<string, 'bind' | 'catch'> = {}
  for (const a of open[2].matchAll(/([a-z][a-z0-9-]*)="([^"]*)"/g)) {
    const [, name, value] = a
    const handler = /^(bind|catch)([a-z]+)$/.exec(name)
    if (handler && value === 'eh') events[handler[2]] = handler[1] as 'bind' | 'catch'
    const key = /\{\{(?:xs\.b\()?i\.([A-Za-z0-9]+)/.exec(value)
    if (key && !(key[1] in attrs)) attrs[key[1]] = name
  }
  return { tag: open[1], attrs, events }
}
