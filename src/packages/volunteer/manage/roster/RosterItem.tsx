import { View } from '@tarojs/components'
import { useState } from 'react'
import type { ActivityDetail, RosterRow } from '@contract/volunteer'
import { ATTENDANCE_LABELS, SIGNUP_LABELS } from '@contract/volunteer/labels'
import { Btn } from '@/components/Btn'
import { useMutation } from '@/data'
import { toastDone } from '@/platform/feedback'
import { clock, serviceText } from '../../components/format'
import { MarkForm } from './MarkForm'

/** One person on the list: their sign-up, check-in and check-out, minutes; what the organiser can do. */
export function RosterItem({ row, activity }: { row: RosterRow; activity: ActivityDetail }) {
  const [marking, setMarking] = useState<'in' | 'out' | null>(null)
  const att = row.attendance
  const running = activity.status === 'ongoing' || activity.status === 'finished'
  return (
    <View className='card' data-testid={`roster-${row.memberId}`}>
      <View className='vol-item__head'>
        <View className='title-l'>{row.name}</View>
        <View className='tag tag--grey'>
          {att ? ATTENDANCE_LABELS[att.status] : row.signup ? SIGNUP_LABELS[row.signup] : '未报名'}
          {row.waitPosition ? ` 第${row.waitPosition}位` : ''}
        </View>
      </View>
      {row.byName ? <View className='text-s muted'>由 {row.byName} 代报名</View> : null}
      {att ? (
        <View className='text-s'>
          签到 {clock(att.checkInAt)}
          {att.checkOutAt ? ` · 签退 ${clock(att.checkOutAt)} · ${serviceText(att.minutes)}` : ''}
          {att.status === 'confirmed' ? ` · 已确认 ${att.points} 积分` : ''}
          {att.walkIn ? ' · 现场参加' : ''}
        </View>
      ) : null}
      {att?.manualNote ? <View className='text-s muted'>{att.manualNote}</View> : null}
      {running && !marking ? (
        <View className='vol-actions'>
          {!att ? (
            <Btn className='btn btn--ghost btn--small' onClick={() => setMarking('in')} data-testid='mark-in'>
              代为签到
            </Btn>
          ) : null}
          {att?.status === 'in' ? (
            <Btn className='btn btn--ghost btn--small' onClick={() => setMarking('out')} data-testid='mark-out'>
              代为签退
            </Btn>
          ) : null}
          {att?.status === 'out' ? <ConfirmOne activityId={activity.activityId} memberId={row.memberId} /> : null}
        </View>
      ) : null}
      {marking ? (
        <MarkForm activity={activity} memberId={row.memberId} direction={marking} onDone={() => setMarking(null)} />
      ) : null}
    </View>
  )
}

function ConfirmOne({ activityId, memberId }: { activityId: string; memberId: string }) {
  const confirm = useMutation('volunteer', 'confirmHours', { invalidates: ['volunteer.roster'] })
  return (
    <Btn
      className='btn btn--plain btn--small'
      data-testid='confirm-one'
      onClick={async () => {
        if ((await confirm.run({ activityId, memberIds: [memberId] }))?.confirmed) toastDone('已确认')
      }}
    >
      确认时长
    </Btn>
  )
}
