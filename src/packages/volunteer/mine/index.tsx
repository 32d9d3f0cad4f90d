import { View } from '@tarojs/components'
import { useState } from 'react'
import type { AttendanceView } from '@contract/volunteer'
import { ATTENDANCE_LABELS, SIGNUP_LABELS } from '@contract/volunteer/labels'
import { PagedList } from '@/components/PagedList'
import { Screen } from '@/components/Screen'
import { Tabs } from '@/components/Tabs'
import { usePagedQuery } from '@/data'
import { go } from '@/platform/nav'
import { serviceText, timeRange } from '../components/format'
import { CorrectionForm } from './CorrectionForm'
import '../components/volunteer.css'

type When = 'upcoming' | 'past'

/** 我的活动: what I signed up for, what I attended with my hours, and correcting confirmed hours. */
export default function MinePage() {
  const [when, setWhen] = useState<When>('upcoming')
  const list = usePagedQuery('volunteer', 'mySignups', { when })
  return (
    <Screen testId='page-mine'>
      <Tabs<When>
        tabs={[
          { key: 'upcoming', label: '报名的活动' },
          { key: 'past', label: '参加过的' },
        ]}
        value={when}
        onChange={setWhen}
        variant='segment'
      />
      <PagedList
        list={list}
        testId='my-activities'
        keyOf={(row) => row.activity.activityId}
        emptyTitle={when === 'upcoming' ? '还没有报名的活动' : '还没有参加过活动'}
        emptyHint={
          <View className='link-line' onClick={() => go('/packages/volunteer/index/index')}>
            去看看近期活动
          </View>
        }
        renderItem={(row) => (
          <View className='card' data-testid={`mine-${row.activity.activityId}`}>
            <View
              className='title-l'
              onClick={() => go(`/packages/volunteer/activity/index?id=${row.activity.activityId}`)}
            >
              {row.activity.title}
            </View>
            <View className='text-s'>{timeRange(row.activity.startAt, row.activity.endAt)}</View>
            {row.mine ? (
              <View className='text-s'>
                {SIGNUP_LABELS[row.mine.status]}
                {row.mine.waitPosition ? `（第 ${row.mine.waitPosition} 位）` : ''}
              </View>
            ) : null}
            {row.attendance ? <Attendance attendance={row.attendance} /> : null}
          </View>
        )}
      />
    </Screen>
  )
}

function Attendance({ attendance: a }: { attendance: AttendanceView }) {
  const [correcting, setCorrecting] = useState(false)
  return (
    <View data-testid='attendance'>
      <View className='text-s'>
        {ATTENDANCE_LABELS[a.status]}
        {a.status === 'confirmed' ? `：${serviceText(a.confirmedMinutes)}，${a.points} 积分` : ''}
      </View>
      {a.status === 'confirmed' && a.correctionPending ? (
        <View className='warn text-s'>时长更正审核中</View>
      ) : null}
      {a.status === 'confirmed' && !a.correctionPending && !correcting ? (
        <View className='link-line text-s' onClick={() => setCorrecting(true)} data-testid='ask-correction'>
          时长不对？申请更正
        </View>
      ) : null}
      {correcting ? <CorrectionForm attendance={a} onDone={() => setCorrecting(false)} /> : null}
    </View>
  )
}
