import type { ReactNode } from 'react'
import type { MeView } from '@contract/station'
import { AccessGate } from '@/components/AccessGate'
import { Loadable } from '@/components/StateViews'
import { useMe } from '@/data'
import { useSession } from '@/stores/session'

/**
 * The forum's resident pages: for verified residents, and for a stand-in acting for one (代办:
 * they raise, support, reply and rate for the neighbour). Everyone else is told why in words.
 */
export function ForumGate({ children }: { children(me: MeView): ReactNode }) {
  const actingFor = useSession((s) => s.actingFor)
  const me = useMe()
  if (actingFor) return <Loadable state={me}>{(view) => children(view)}</Loadable>
  return (
    <AccessGate
      allow={(_, view) => view.member?.status === 'verified'}
      deniedText='登记审核通过后才能参加邻里夜话。'
    >
      {children}
    </AccessGate>
  )
}

/** Staff (站长, 副站长, 工作人员) and the sides' representatives: the handling pages. */
export function isHandler(me: MeView): boolean {
  return me.permissions.isStaff || me.roles.includes('sideRep')
}
