/**
 * Asking for subscription-message consent (订阅消息). WeChat shows its own prompt for up to three
 * templates, only from a tap (`requestSubscribeMessage` is tap-bound: platform/tap.ts), and each
 * 允许 allows exactly one message. Locally (H5) a plain modal per template stands in for that
 * prompt, answering in the same shape (`{ [templateId]: 'accept' | 'reject' }`), so what the app
 * sends to `station.recordConsent` is the same either way.
 */
import Taro from '@tarojs/taro'
import { MAX_TEMPLATES_PER_PROMPT } from '@contract/subscriptions'
import { inTap } from './tap'
import type { Tap } from './tap'

export interface Template {
  templateId: string
  title: string
}

export type ConsentResults = Record<string, string>

/** Call from the tap itself; resolves to what the person answered per template id. */
export function requestConsent(tap: Tap, templates: readonly Template[]): Promise<ConsentResults> {
  const asked = templates.slice(0, MAX_TEMPLATES_PER_PROMPT)
  if (asked.length === 0) return Promise.resolve({})
  if (process.env.TARO_ENV === 'h5') return localPrompt(asked)
  return inTap(tap, 'requestSubscribeMessage', () =>
    Taro.requestSubscribeMessage({ tmplIds: asked.map((t) => t.templateId), entityIds: [] }).then(
      // The answer also carries `errMsg`: keep only the templates asked about.
      (res) => {
        const answers = res as unknown as ConsentResults
        return Object.fromEntries(asked.map((t) => [t.templateId, String(answers[t.templateId] ?? 'reject')]))
      },
      // Refused or switched off in settings: nothing was allowed, which is an answer, not an error.
      (): ConsentResults => ({}),
    ),
  )
}

/** The local stand-in for WeChat's prompt: one yes/no per template. */
async function localPrompt(templates: readonly Template[]): Promise<ConsentResults> {
  const results: ConsentResults = {}
  for (const t of templates) {
    const res = await Taro.showModal({
      title: '接收消息通知（本地模拟）',
      content: `允许「邻里驿站」发一次「${t.title}」给您吗？`,
      confirmText: '允许',
      cancelText: '取消',
    })
    results[t.templateId] = res.confirm ? 'accept' : 'reject'
  }
  return results
}
