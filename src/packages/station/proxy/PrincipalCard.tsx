import { View } from '@tarojs/components'
import { CONSENT_LABELS, STATUS_LABELS } from '@contract/labels'
import type { PrincipalSummary } from '@contract/station'
import { Btn } from '@/components/Btn'
import { useMutation } from '@/data'
import { confirm } from '@/platform/feedback'
import { goHome } from '@/platform/nav'
import { useSession } from '@/stores/session'

/** Where the link stands, in words: only an approved link to a verified neighbour can be used. */
function standing(p: PrincipalSummary): { text: string; tone: string } | null {
  if (p.proxyStatus === 'requested') return { text: '等待楼长审核', tone: 'warn' }
  if (p.status === 'pending') return { text: '邻居的登记等待楼长审核，通过后即可代办', tone: 'warn' }
  if (p.status === 'rejected') return { text: '邻居的登记未通过，请联系楼长', tone: 'danger' }
  return null
}

/** One neighbour I act for (or asked to): start acting for them, or end the link. */
export function PrincipalCard({ principal: p }: { principal: PrincipalSummary }) {
  const actFor = useSession((s) => s.actFor)
  const acting = useSession((s) => s.actingFor?.memberId === p.principalId)
  const revoke = useMutation('station', 'revokeProxy', {
    invalidates: ['station.myPrincipals', 'station.proxyQueue'],
  })
  const state = standing(p)
  const usable = p.proxyStatus === 'active' && p.status === 'verified'

  const start = () => {
    actFor({ memberId: p.principalId, name: p.name })
    goHome()
  }
  const end = async () => {
    const requested = p.proxyStatus === 'requested'
    const question = requested ? '撤回申请？' : '解除代办？'
    const detail = requested ? `撤回后楼长不再审核这份申请。` : `解除后您将不能再代${p.name}办事。`
    if (!(await confirm(question, detail))) return
    if (!(await revoke.run({ proxyId: p.proxyId }))) return
    if (acting) actFor(null)
  }

  return (
    <View className='principal' data-testid={`principal-${p.principalId}`}>
      <View className='title-l'>{p.name}</View>
      <View className='text-s muted'>
        {p.household?.label ?? ''} · {STATUS_LABELS[p.status]} · {CONSENT_LABELS[p.consentMethod]}
      </View>
      {state ? (
        <View className={`text-s ${state.tone}`} data-testid='principal-standing'>
          {state.text}
        </View>
      ) : null}
      {revoke.formError ? <View className='banner banner--red'>{revoke.formError}</View> : null}
      <View className='principal__actions'>
        {usable ? (
          <Btn className='btn btn--primary' onClick={start} data-testid={`act-for-${p.principalId}`}>
            代{p.name}办事
          </Btn>
        ) : null}
        <Btn className='btn btn--ghost' disabled={revoke.busy} onClick={end} data-testid='end-proxy'>
          {p.proxyStatus === 'requested' ? '撤回申请' : '解除代办'}
        </Btn>
      </View>
    </View>
  )
}
