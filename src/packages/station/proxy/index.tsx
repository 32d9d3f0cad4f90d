import { View } from '@tarojs/components'
import { useState } from 'react'
import { AsMyself } from '@/components/AccessGate'
import { Btn } from '@/components/Btn'
import { Screen } from '@/components/Screen'
import { Loadable } from '@/components/StateViews'
import { useQuery } from '@/data'
import { AddPrincipalForm } from './AddPrincipalForm'
import { PrincipalCard } from './PrincipalCard'

/**
 * 代办: act for a neighbour without a smartphone (an elderly parent, a resident of my
 * building) with their consent. Everything done for them is recorded as done on their behalf.
 */
export default function Proxy() {
  return (
    <Screen testId='page-proxy'>
      <AsMyself>
        <Principals />
      </AsMyself>
    </Screen>
  )
}

function Principals() {
  const principals = useQuery('station', 'myPrincipals', {})
  const [adding, setAdding] = useState(false)
  return (
    <View>
      <View className='banner banner--info'>
        为没有智能手机的邻居办事，须经本人同意。每一次代办都会留下记录，驿站可以查看。
      </View>
      <Loadable
        state={principals}
        onRetry={principals.reload}
        isEmpty={(l) => l.items.length === 0}
        empty={<View className='card muted'>您还没有代办的邻居。</View>}
      >
        {({ items }) => (
          <View className='card' data-testid='principal-list'>
            <View className='card__title'>我代办的邻居</View>
            {items.map((p) => (
              <PrincipalCard key={p.proxyId} principal={p} />
            ))}
          </View>
        )}
      </Loadable>
      {adding ? (
        <AddPrincipalForm onDone={() => setAdding(false)} />
      ) : (
        <Btn className='btn btn--plain' onClick={() => setAdding(true)} data-testid='add-principal'>
          添加代办的邻居
        </Btn>
      )}
    </View>
  )
}
