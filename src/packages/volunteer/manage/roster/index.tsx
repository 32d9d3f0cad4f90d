import { View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { useState } from 'react'
import type { ActivityDetail } from '@contract/volunteer'
import { AccessGate } from '@/components/AccessGate'
import { Btn } from '@/components/Btn'
import { PagedList } from '@/components/PagedList'
import { Screen } from '@/components/Screen'
import { Loadable } from '@/components/StateViews'
import { Tabs } from '@/components/Tabs'
import { useMutation, usePagedQuery, useQuery } from '@/data'
import { showNote, toastDone } from '@/platform/feedback'
import { NoActivity } from '../../components/NoActivity'
import { canOrganise } from '../access'
import { RosterItem } from './RosterItem'
import '../../components/volunteer.css'

type List = 'signedUp' | 'waitlisted' | 'attendance'

/** 名单与时长: who signed up, who waits, who came; check someone in or out by hand; confirm hours. */
export default function RosterPage() {
  const id = useRouter().params.id ?? ''
  return (
    <Screen testId='page-roster'>
      <AccessGate allow={canOrganise} deniedText='只有活动组织者可以查看名单'>
        {() => (id ? <Roster id={id} /> : <NoActivity />)}
      </AccessGate>
    </Screen>
  )
}

function Roster({ id }: { id: string }) {
  const detail = useQuery('volunteer', 'getActivity', { activityId: id })
  const [list, setList] = useState<List>('attendance')
  const rows = usePagedQuery('volunteer', 'roster', { activityId: id, list })
  return (
    <Loadable state={detail}>
      {(a) => (
        <View>
          <View className='card'>
            <View className='title-l'>{a.title}</View>
            <ConfirmAll activity={a} />
          </View>
          <Tabs<List>
            tabs={[
              { key: 'attendance', label: '签到' },
              { key: 'signedUp', label: '报名' },
              { key: 'waitlisted', label: '候补' },
            ]}
            value={list}
            onChange={setList}
            variant='segment'
            testId='roster-tabs'
          />
          <PagedList
            list={rows}
            testId='roster-list'
            keyOf={(r) => r.memberId}
            emptyTitle={
              list === 'attendance' ? '还没有人签到' : list === 'signedUp' ? '还没有人报名' : '没有候补'
            }
            renderItem={(r) => <RosterItem row={r} activity={a} />}
          />
        </View>
      )}
    </Loadable>
  )
}

function ConfirmAll({ activity: a }: { activity: ActivityDetail }) {
  const confirm = useMutation('volunteer', 'confirmHours', {
    invalidates: ['volunteer.roster', 'volunteer.getActivity'],
  })
  if (a.status !== 'ongoing' && a.status !== 'finished') return null
  return (
    <View>
      {confirm.formError ? <View className='banner banner--warn'>{confirm.formError}</View> : null}
      <Btn
        className='btn btn--primary'
        data-testid='confirm-all'
        onClick={async () => {
          const res = await confirm.run({ activityId: a.activityId })
          if (!res) return
          if (res.skipped.length === 0) return toastDone('时长已确认')
          await showNote(
            `已确认 ${res.confirmed} 人`,
            `还有 ${res.skipped.length} 人没有签退（${res.skipped.map((s) => s.name).join('、')}），请先为他们签退再确认。`,
          )
        }}
      >
        {confirm.busy ? '正在确认…' : '确认已签退人员的时长'}
      </Btn>
    </View>
  )
}
