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
  const running = activity.status === 'ongoing' || activity.status === 'finished'
  return (
    <View className='card' data-testid={`roster-${row.memberId}`}>
      <Summary row={row} />
      {running && !marking ? (
        <Actions row={row} activityId={activity.activityId} onMark={setMarking} />
      ) : null}
      {marking ? (
        <MarkForm
          activity={activity}
          memberId={row.memberId}
          direction={marking}
          onDone={() => setMarking(null)}
        />
      ) : null}
    </View>
  )
}

function stateOf(row: RosterRow): string {
  const where = row.waitPosition ? ` 第${row.waitPosition}位` : ''
  if (row.attendance) return ATTENDANCE_LABELS[row.attendance.status]
  return (row.signup ? SIGNUP_LABELS[row.signup] : '未报名') + where
}

function Summary({ row }: { row: RosterRow }) {
  const att = row.attendance
  return (
    <View>
      <View className='vol-item__head'>
        <View className='title-l'>{row.name}</View>
        <View className='tag tag--grey'>{stateOf(row)}</View>
      </View>
      {row.byName ? <View className='text-s muted'>由 {row.byName} 代报名</View> : null}
      {att ? <View className='text-s'>{attendanceLine(att)}</View> : null}
      {att?.manualNote ? <View className='text-s muted'>{att.manualNote}</View> : null}
    </View>
  )
}

function attendanceLine(att: NonNullable<RosterRow['attendance']>): string {
  return [
    `签到 ${clock(att.checkInAt)}`,
    att.checkOutAt ? `签退 ${clock(att.checkOutAt)} · ${serviceText(att.minutes)}` : '',
    att.status === 'confirmed' ? `已确认 ${att.points} 积分` : '',
    att.walkIn ? '现场参加' : '',
  ]
    .filter(Boolean)
    .join(' · ')
}

function Actions({
  row,
  activityId,
  onMark,
}: {
  row: RosterRow
  activityId: string
  onMark(d: 'in' | 'out'): void
}) {
  const att = row.attendance
  return (
    <View className='vol-actions'>
      {!att ? (
        <Btn className='btn btn--ghost btn--small' onClick={() => onMark('in')} data-testid='mark-in'>
          代为签到
        </Btn>
      ) : null}
      {att?.status === 'in' ? (
        <Btn className='btn btn--ghost btn--small' onClick={() => onMark('out')} data-testid='mark-out'>
          代为签退
        </Btn>
      ) : null}
      {att?.status === 'out' ? <ConfirmOne activityId={activityId} memberId={row.memberId} /> : null}
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
