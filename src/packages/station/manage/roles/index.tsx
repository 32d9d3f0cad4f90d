import { View } from '@tarojs/components'
import type { MeView } from '@contract/station'
import { AccessGate } from '@/components/AccessGate'
import { Screen } from '@/components/Screen'
import { GrantCard } from './GrantCard'
import { HolderGroups } from './HolderGroups'
import '../../components/staff.css'

/** 角色管理: the station's 站长, 副站长, staff, 楼长 and 三方代表; managers grant and revoke. */
export default function RolesPage() {
  return (
    <Screen testId='page-roles'>
      <AccessGate allow={(p) => p.isStaff}>{(me) => <Roles me={me} />}</AccessGate>
    </Screen>
  )
}

function Roles({ me }: { me: MeView }) {
  const canManage = me.permissions.canManageRoles
  const isHead = me.roles.includes('stationHead')
  return (
    <View>
      {!canManage ? (
        <View className='banner banner--info' data-testid='roles-readonly'>
          只有站长和副站长可以调整角色，您可以查看。
        </View>
      ) : null}
      <HolderGroups canManage={canManage} isHead={isHead} />
      {canManage ? <GrantCard isHead={isHead} /> : null}
    </View>
  )
}
