import { View } from '@tarojs/components'
import { useDidShow } from '@tarojs/taro'
import { useState } from 'react'
import type { PrincipalSummary } from '@contract/station'
import { CONSENT_LABELS, STATUS_LABELS } from '@contract/labels'
import { Screen } from '@/components/Screen'
import { Loadable } from '@/components/StateViews'
import { call } from '@/services/cloud'
import { confirm, go } from '@/services/platform'
import { showError, toastDone } from '@/services/platform/feedback'
import type { Async } from '@/stores/async'
import { asCallError, idle, track } from '@/stores/async'
import { useSession } from '@/stores/session'
import { ProxyRegisterForm } from './ProxyRegisterForm'
import { Btn } from '@/components/Btn'

/**
 * 代办: act for a neighbour without a smartphone (an elderly parent, a resident of my
 * building) with their consent. Everything done for them is recorded as done on their behalf.
 */
export default function Proxy() {
  const { actFor, actingFor } = useSession()
  const [list, setList] = useState<Async<PrincipalSummary[]>>(idle())
  const [adding, setAdding] = useState(false)
  const load = () =>
    track(
      () => list,
      setList,
      async () => (await call('station', 'myPrincipals', {})).items,
    )
  useDidShow(() => {
    load()
  })

  const start = async (p: PrincipalSummary) => {
    await actFor({ memberId: p.principalId, name: p.name })
    // The home page says for whom (a ✓ toast would cut the name).
    toastDone('开始代办')
    go('/pages/home/index')
  }
  const revoke = async (p: PrincipalSummary) => {
    if (!(await confirm('解除代办？', `解除后您将不能再为${p.name}办理事项。`))) return
    try {
      await call('station', 'revokeProxy', { proxyId: p.proxyId })
      if (actingFor?.memberId === p.principalId) await actFor(null)
      load()
    } catch (err) {
      showError(asCallError(err).message)
    }
  }

  return (
    <Screen testId='page-proxy'>
      <View className='banner banner--info'>
        为没有智能手机的邻居办事，须经本人同意。每一次代办都会留下记录，驿站可以查看。
      </View>
      <Loadable
        state={list}
        onRetry={load}
        isEmpty={(l) => l.length === 0}
        empty={<View className='card muted'>您还没有代办的邻居。</View>}
      >
        {(items) => (
          <View className='card' data-testid='principal-list'>
            <View className='card__title'>我代办的邻居</View>
            {items.map((p) => (
              <View key={p.proxyId} className='principal'>
                <View>{p.name}</View>
                <View className='text-s muted'>
                  {p.household?.label ?? ''} · {STATUS_LABELS[p.status]} · {CONSENT_LABELS[p.consentMethod]}
                </View>
                {p.status === 'pending' ? (
                  <View className='text-s warn'>等待楼长或工作人员审核后即可代办</View>
                ) : null}
                <View className='principal__actions'>
                  {p.status === 'verified' ? (
                    <Btn
                      className='btn btn--primary'
                      onClick={() => start(p)}
                      data-testid={`act-for-${p.principalId}`}
                    >
                      为TA办事
                    </Btn>
                  ) : null}
                  <Btn className='btn btn--ghost' onClick={() => revoke(p)}>
                    解除代办
                  </Btn>
                </View>
              </View>
            ))}
          </View>
        )}
      </Loadable>
      {adding ? (
        <ProxyRegisterForm
          onDone={() => {
            setAdding(false)
            load()
          }}
        />
      ) : (
        <Btn className='btn btn--plain' onClick={() => setAdding(true)} data-testid='add-principal'>
          为一位邻居登记代办
        </Btn>
      )}
    </Screen>
  )
}
