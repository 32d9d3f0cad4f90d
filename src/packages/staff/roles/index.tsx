import { View } from '@tarojs/components'
import { useEffect } from 'react'
import type { MeView } from '@contract/station'
import { Screen } from '@/components/Screen'
import { useBuildings } from '@/stores/staff/buildings'
import { useRoles } from '@/stores/staff/roles'
import { StaffGate } from '../components/StaffGate'
import { GrantCard } from './GrantCard'
import { HolderGroups } from './HolderGroups'
import '../components/staff.css'

/** 角色管理: the station's 站长, 副站长, staff, 楼长 and 三方代表; managers grant and revoke. */
export default function RolesPage() {
  return (
    <Screen testId='page-roles'>
      <StaffGate allow={(p) => p.isStaff}>{(me) => <Roles me={me} />}</StaffGate>
    </Screen>
  )
}

function Roles({ me }: { me: MeView }) {
  const loadHolders = useRoles((s) => s.loadHolders)
  const resetDraft = useRoles((s) => s.resetDraft)
  const ensureBuildings = useBuildings((s) => s.ensure)
  useEffect(() => {
    loadHolders()
    ensureBuildings()
    return resetDraft
  }, [])
  const canManage = me.permissions.canManageRoles
  return (
    <View>
      {!canManage ? (
        <View className='banner banner--info' data-testid='roles-readonly'>
          只有站长和副站长可以调整角色，您可以查看。
        </View>
      ) : null}
      <HolderGroups canManage={canManage} isHead={me.roles.includes('stationHead')} />
      {canManage ? <GrantCard isHead={me.roles.includes('stationHead')} /> : null}
    </View>
  )
}
