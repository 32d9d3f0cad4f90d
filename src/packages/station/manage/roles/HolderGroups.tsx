import { View } from '@tarojs/components'
import type { GrantedRole } from '@contract/entities'
import type { MemberRow } from '@contract/station'
import { GRANTABLE_ROLE_ORDER, ROLE_LABELS, SIDE_LABELS } from '@contract/labels'
import { Btn } from '@/components/Btn'
import { ShowMore } from '@/components/ShowMore'
import { Loadable } from '@/components/StateViews'
import { useMutation, useQuery } from '@/data'
import { confirm, toastDone } from '@/platform/feedback'

const SENIOR: GrantedRole[] = ['stationHead', 'deputyHead']

/** Role holders, one card per role in the order residents know them. */
export function HolderGroups({ canManage, isHead }: { canManage: boolean; isHead: boolean }) {
  const holders = useQuery('station', 'listRoleHolders', {})
  const buildings = useQuery('station', 'listBuildings', {})
  const buildingName = (id: string) => buildings.data?.items.find((b) => b.buildingId === id)?.name ?? ''
  return (
    <Loadable state={holders} onRetry={holders.reload}>
      {({ items }) => (
        <View data-testid='role-holders'>
          {GRANTABLE_ROLE_ORDER.map((role) => {
            const group = items.filter((m) => m.roles.includes(role))
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
                  renderItem={(m) => (
                    <Holder
                      member={m}
                      role={role}
                      mayRevoke={mayRevoke}
                      detail={roleDetail(m, role, buildingName)}
                    />
                  )}
                />
              </View>
            )
          })}
        </View>
      )}
    </Loadable>
  )
}

interface HolderProps {
  member: MemberRow
  role: GrantedRole
  mayRevoke: boolean
  detail: string
}

/** One holder; a refusal (e.g. the last 站长) is said once, under them, not also in a toast. */
function Holder({ member, role, mayRevoke, detail }: HolderProps) {
  const revoke = useMutation('station', 'revokeRole', {
    invalidates: ['station.listRoleHolders', 'station.me'],
  })
  const onRevoke = async () => {
    if (!(await confirm('撤销角色', `确定撤销 ${member.name} 的「${ROLE_LABELS[role]}」角色吗？`))) return
    if (await revoke.run({ memberId: member.memberId, role })) toastDone('已撤销')
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
          <Btn className='btn btn--ghost' disabled={revoke.busy} onClick={onRevoke} data-testid='revoke'>
            {revoke.busy ? '正在撤销…' : '撤销'}
          </Btn>
        ) : null}
      </View>
      {revoke.formError ? (
        <View className='banner banner--red' data-testid='revoke-error'>
          {revoke.formError}
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
