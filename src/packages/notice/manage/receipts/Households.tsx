import { View } from '@tarojs/components'
import { useState } from 'react'
import type { HouseholdReach, ReachBy, ReadStats } from '@contract/notice'
import { Btn } from '@/components/Btn'
import { PagedList } from '@/components/PagedList'
import { Tabs } from '@/components/Tabs'
import { useMutation, usePagedQuery } from '@/data'
import { confirm, showNote } from '@/platform/feedback'
import { dateTime } from '@/utils/format'

type State = 'unread' | 'read'

const REACH: Record<ReachBy, string> = {
  message: '可以发微信提醒',
  standIn: '没有手机，请代办人转告',
  visit: '需要上门或打电话',
}

/**
 * One building at a time (so a big station never lists every household at once): the households
 * that have not read it — names masked, with how a reminder reaches each — or those that have.
 */
export function Households({ stats, onChanged }: { stats: ReadStats; onChanged(): unknown }) {
  const buildings = stats.buildings.filter((b) => b.targeted > 0)
  const firstUnread = buildings.find((b) => b.read < b.targeted) ?? buildings[0]
  const [buildingId, setBuildingId] = useState(firstUnread?.buildingId ?? '')
  const [state, setState] = useState<State>('unread')
  const list = usePagedQuery(
    'notice',
    'households',
    { noticeId: stats.noticeId, buildingId, state },
    { enabled: !!buildingId },
  )
  const building = buildings.find((b) => b.buildingId === buildingId)
  if (!building) return null
  return (
    <View className='card' data-testid='households'>
      <View className='card__title'>逐户查看</View>
      {buildings.length > 1 ? (
        <Tabs
          tabs={buildings.map((b) => ({ key: b.buildingId, label: b.name }))}
          value={buildingId}
          onChange={setBuildingId}
          testId='household-buildings'
        />
      ) : null}
      <Tabs<State>
        variant='segment'
        tabs={[
          { key: 'unread', label: `未读 ${building.targeted - building.read}` },
          { key: 'read', label: `已读 ${building.read}` },
        ]}
        value={state}
        onChange={setState}
        testId='household-state'
      />
      {state === 'unread' && stats.canRemind ? (
        <Remind
          noticeId={stats.noticeId}
          buildingId={buildingId}
          name={building.name}
          reminded={!!building.reminder}
          onDone={() => Promise.all([list.reload(), onChanged()])}
        />
      ) : null}
      <PagedList
        list={list}
        testId='household-list'
        keyOf={(h) => h.householdId}
        emptyTitle={state === 'unread' ? '这栋楼都已读了' : '还没有人读'}
        renderItem={(h) => <HouseholdLine household={h} />}
      />
    </View>
  )
}

function HouseholdLine({ household: h }: { household: HouseholdReach }) {
  return (
    <View className='household-line' data-testid={`household-${h.householdId}`}>
      <View className='household-line__label'>
        {h.label}
        {h.late ? <View className='tag tag--grey tag--inline'>后登记</View> : null}
      </View>
      <View className='text-s muted'>{h.residents.join('、') || '已无在册住户'}</View>
      {h.readers.map((r) => (
        <View className='text-s ok' key={`${r.name}${r.at}`}>
          {r.name} {dateTime(r.at)} 已读{r.byName ? `（由${r.byName}代读）` : ''}
        </View>
      ))}
      {h.reachBy ? (
        <View className={h.reachBy === 'message' ? 'text-s' : 'text-s warn'} data-testid='reach-by'>
          {REACH[h.reachBy]}
        </View>
      ) : null}
    </View>
  )
}

function Remind(props: {
  noticeId: string
  buildingId: string
  name: string
  reminded: boolean
  onDone(): unknown
}) {
  const remind = useMutation('notice', 'remind', { invalidates: ['notice.readStats'] })
  const run = async () => {
    if (!(await confirm('提醒未读的住户', `给${props.name}还没读的住户发一次提醒？每栋楼只能提醒一次。`)))
      return
    const done = await remind.run({ noticeId: props.noticeId, buildingId: props.buildingId })
    if (!done) return
    await showNote(
      done.already ? '这栋楼已经提醒过了' : '已提醒',
      `微信消息送达 ${done.messaged} 户；还有 ${done.toVisit} 户没法发消息，请上门或打电话告知（见下方名单）。`,
    )
    await props.onDone()
  }
  return (
    <View>
      {remind.formError ? <View className='danger'>{remind.formError}</View> : null}
      <Btn
        className='btn btn--plain'
        disabled={remind.busy || props.reminded || undefined}
        onClick={run}
        data-testid='remind'
      >
        {props.reminded ? `${props.name}已提醒过` : remind.busy ? '正在提醒…' : `提醒${props.name}未读的住户`}
      </Btn>
    </View>
  )
}
