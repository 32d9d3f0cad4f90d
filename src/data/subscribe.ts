/**
 * `useSubscribe(['noticeNew'])`: the templates a page may ask consent for (configured on the
 * server) and `ask(tap)`, which shows WeChat's prompt from the tap and records what was allowed.
 * A page puts `ask` in a button's tap handler: `onClick={onTap((tap) => void sub.ask(tap))}`.
 */
import type { TemplateKey } from '@contract/subscriptions'
import { requestConsent } from '@/platform/subscribe'
import type { Tap } from '@/platform/tap'
import { useMutation } from './mutation'
import { useQuery } from './query'

export function useSubscribe(keys: readonly TemplateKey[]) {
  const templates = useQuery('station', 'subscriptionTemplates', {})
  const record = useMutation('station', 'recordConsent')
  const offered = (templates.data?.items ?? []).filter((t) => keys.includes(t.key))
  return {
    /** False when the operator configured none of these templates (then there is nothing to ask). */
    available: offered.length > 0,
    busy: record.busy,
    error: record.error,
    /** Must be called synchronously from the tap; resolves to the keys the person allowed. */
    ask(tap: Tap): Promise<TemplateKey[]> {
      const answered = requestConsent(tap, offered)
      return answered.then(async (results) => (await record.run({ results }))?.accepted ?? [])
    },
  }
}
