import { View } from '@tarojs/components'
import type { GrantedRole } from '@contract/entities'
import type { MemberRow } from '@contract/station'
import { GRANTABLE_ROLE_ORDER, ROLE_LABELS, SIDE_LABELS } from '@contract/labels'
import { Loadable } from '@/components/StateViews'
import { confirm } from '@/services/platform'
import { showError, toastDone } from '@/services/platform/feedback'
import { useBuildings } from '@/stores/staff/buildings'
import { revokeKey, useRoles } from '@/stores/staff/roles'
import { Btn } from '@/components/Btn'
import { ShowMore } from '../components/ShowMore'

const SENIOR: GrantedRole[] = ['stationHead', 'deputyHead']

/** Role holders, one card per role in the order residents know them. */
export function HolderGroups({ canManage, isHead }: { canManage: boolean; isHead: boolean }) {
  const { holders, loadHolders } = useRoles()
  return (
    <Loadable state={holders} onRetry={loadHolders}>
      {(members) => (
        <View data-testid='role-holders'>
          {GRANTABLE_ROLE_ORDER.map((role) => {
            const group = members.filter((m) => m.roles.includes(role))
            // A 副站长 cannot change senior roles: do not offer what the server will refuse.
            const mayRevoke = canManage && (isHead || !SENIOR.includes(role))
            return (
              <View className='card' key={role} data-testid={`role-group-${role}`}>
                <View className='card__title'>
                  {ROLE_LABELS[role]}（{group.length}）
                </View>
                {group.length === 0 ? <View className='muted text-s'>暂无</View> : null}
                <ShowMore
                  items={group}
                  keyOf={(m) => m.memberId}
                  renderItem={(m) => <Holder member={m} role={role} mayRevoke={mayRevoke} />}
                />
              </View>
            )
          })}
        </View>
      )}
    </Loadable>
  )
}

function Holder({ member, role, mayRevoke }: { member: MemberRow; role: GrantedRole; mayRevoke: boolean }) {
  const { revoking, revokeError, revoke } = useRoles()
  const buildings = useBuildings((s) => s.list.data)
  const key = revokeKey(member.memberId, role)
  const error = revokeError?.key === key ? revokeError.error : null
  const detail = roleDetail(member, role, (id) => buildings?.find((b) => b.buildingId === id)?.name ?? '')

  const onRevoke = async () => {
    if (!(await confirm('撤销角色', `确定撤销 ${member.name} 的「${ROLE_LABELS[role]}」角色吗？`))) return
    if (await revoke(member, role)) toastDone('已撤销')
    else showError(useRoles.getState().revokeError?.error.message ?? '没能撤销')
  }

  return (
    <View className='staff-item' data-testid={`holder-${role}-${member.memberId}`}>
      <View className='staff-inline'>
        <View className='staff-grow'>
          <View className='title-l'>{member.name}</View>
          <View className='staff-line'>{member.household?.label ?? '未关联房屋'}</View>
          {detail ? <View className='staff-line'>{detail}</View> : null}
        </View>
        {mayRevoke ? (
          <Btn className='btn btn--ghost' disabled={!!revoking} onClick={onRevoke} data-testid='revoke'>
            {revoking === key ? '正在撤销…' : '撤销'}
          </Btn>
        ) : null}
      </View>
      {error ? (
        <View className='banner banner--red' data-testid='revoke-error'>
          {error.message}
        </View>
      ) : null}
    </View>
  )
}

function roleDetail(m: MemberRow, role: GrantedRole, buildingName: (id: string) => string): string {
  if (role === 'buildingHead') {
    const names = m.headOf.map(buildingName).filter(Boolean)
    return names.length ? `负责：${names.join('、')}` : ''
  }
  if (role === 'sideRep' && m.side) return `代表：${SIDE_LABELS[m.side]}`
  return ''
}
