import { Switch, View } from '@tarojs/components'
import { ROLE_LABELS, RELATION_LABELS, STATUS_LABELS } from '@contract/labels'
import type { MeView } from '@contract/station'
import { Btn } from '@/components/Btn'
import { ResidentTiles } from '@/components/ResidentTiles'
import { Screen } from '@/components/Screen'
import { Loadable } from '@/components/StateViews'
import { StationList } from '@/components/StationList'
import { WishRecord } from '@/components/home/WishRecord'
import { useMe, useQuery } from '@/data'
import { go } from '@/platform/nav'
import { usePrefs } from '@/stores/prefs'
import { useSession } from '@/stores/session'

/** Who I am at this station (or whom I act for), the stations I belong to, and display settings. */
export default function Me() {
  const { station, actingFor, selectStation } = useSession()
  const me = useMe()
  const stations = useQuery('station', 'myStations', {})
  const { largeText, followsWeChat, setLargeText } = usePrefs()

  return (
    <Screen testId='page-me'>
      {station ? (
        <Loadable state={me} onRetry={me.reload}>
          {(view) => <WhoIAm view={view} stationName={station.name} />}
        </Loadable>
      ) : (
        <View className='card muted'>还没有进入驿站。请扫描驿站二维码。</View>
      )}
      <View className='card'>
        <View className='row'>
          <View>
            <View>大字模式</View>
            <View className='text-xs muted' data-testid='large-text-hint'>
              {followsWeChat && largeText ? '已按微信的字体大小自动打开，可以关掉' : '字更大、更清楚'}
            </View>
          </View>
          <Switch
            checked={largeText}
            color='#c8161d'
            onChange={(e) => setLargeText(e.detail.value)}
            data-testid='large-text'
          />
        </View>
      </View>
      {station && !actingFor && !me.data?.permissions.isStaff ? (
        <View
          className='link-line'
          onClick={() => go('/packages/station/claim/index')}
          data-testid='go-claim'
        >
          新驿站的站长？点此用认领码认领
        </View>
      ) : null}
      {actingFor ? null : (
        <StationList
          state={stations}
          currentId={station?.stationId}
          onRetry={stations.reload}
          onPick={(s) => {
            selectStation(s)
            go('/pages/home/index')
          }}
        />
      )}
    </Screen>
  )
}

function WhoIAm({ view, stationName }: { view: MeView; stationName: string }) {
  const { member, roles } = view
  if (!member) {
    return (
      <View className='card' data-testid='me-guest'>
        <View className='card__title'>访客</View>
        <View className='muted'>您在「{stationName}」还没有登记。</View>
        <Btn className='btn btn--primary' onClick={() => go('/packages/station/register/index')}>
          登记我的房屋
        </Btn>
      </View>
    )
  }
  return (
    <View className='card' data-testid='me-member'>
      <View className='card__title'>{member.name}</View>
      <View className='muted text-s'>{stationName}</View>
      <View>
        {member.household
          ? `${member.household.label} · ${member.relation ? RELATION_LABELS[member.relation] : ''}`
          : '未关联房屋'}
      </View>
      <View className='muted text-s'>手机：{member.phoneMasked || '未填写'}</View>
      <View className='text-s' data-testid='me-status'>
        状态：{STATUS_LABELS[member.status]}
      </View>
      <View data-testid='me-roles'>
        {roles.map((r) => (
          <View className='tag' key={r}>
            {ROLE_LABELS[r]}
          </View>
        ))}
      </View>
      <ResidentTiles member={member} />
      {!view.actingFor && member.status === 'verified' && (member.isVolunteer || member.isPartyMember) ? (
        <WishRecord />
      ) : null}
    </View>
  )
}
