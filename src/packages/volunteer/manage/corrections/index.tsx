import { View } from '@tarojs/components'
import { useState } from 'react'
import type { CorrectionView } from '@contract/volunteer'
import { AccessGate } from '@/components/AccessGate'
import { Btn } from '@/components/Btn'
import { TextField } from '@/components/Field'
import { PagedList } from '@/components/PagedList'
import { Screen } from '@/components/Screen'
import { Tabs } from '@/components/Tabs'
import { useMutation, usePagedQuery } from '@/data'
import { toastDone } from '@/platform/feedback'
import { shortDate } from '@/utils/format'
import { serviceText } from '../../components/format'
import { isStaff } from '../access'

type Status = 'pending' | 'approved' | 'rejected'

/** 时长更正审核: volunteers' requests to correct confirmed hours; staff approve or reject with a reason. */
export default function CorrectionsPage() {
  const [status, setStatus] = useState<Status>('pending')
  return (
    <Screen testId='page-corrections'>
      <AccessGate allow={isStaff} deniedText='只有驿站工作人员可以审核时长更正'>
        {() => (
          <View>
            <Tabs<Status>
              tabs={[
                { key: 'pending', label: '待审核' },
                { key: 'approved', label: '已同意' },
                { key: 'rejected', label: '已驳回' },
              ]}
              value={status}
              onChange={setStatus}
              variant='segment'
            />
            <Queue status={status} />
          </View>
        )}
      </AccessGate>
    </Screen>
  )
}

function Queue({ status }: { status: Status }) {
  const list = usePagedQuery('volunteer', 'correctionQueue', { status })
  return (
    <PagedList
      list={list}
      testId='correction-list'
      keyOf={(c) => c.requestId}
      emptyTitle={status === 'pending' ? '没有待审核的更正申请' : '没有记录'}
      renderItem={(c) => (
        <Request request={c} onDecided={() => list.remove((x) => x.requestId === c.requestId)} />
      )}
    />
  )
}

function Request({ request: c, onDecided }: { request: CorrectionView; onDecided(): void }) {
  const decide = useMutation('volunteer', 'decideCorrection', {
    fields: ['note'],
    invalidates: ['volunteer.correctionQueue'],
  })
  const [note, setNote] = useState('')
  const run = async (decision: 'approve' | 'reject') => {
    if (await decide.run({ requestId: c.requestId, decision, note })) {
      toastDone(decision === 'approve' ? '已同意' : '已驳回')
      onDecided()
    }
  }
  return (
    <View className='card' data-testid={`correction-${c.requestId}`}>
      <View className='title-l'>{c.memberName}</View>
      <View>
        「{c.activityTitle}」{serviceText(c.fromMinutes)} → {serviceText(c.toMinutes)}
      </View>
      <View className='text-s'>原因：{c.reason}</View>
      <View className='text-s muted'>申请于 {shortDate(c.createdAt)}</View>
      {c.status === 'pending' ? (
        <View>
          <TextField
            label='说明（驳回时必填）'
            value={note}
            onChange={setNote}
            maxlength={100}
            error={decide.fieldError('note')}
          />
          {decide.formError ? <View className='banner banner--warn'>{decide.formError}</View> : null}
          <View className='vol-actions'>
            <Btn className='btn btn--primary' onClick={() => run('approve')} data-testid='approve-correction'>
              同意
            </Btn>
            <Btn className='btn btn--ghost' onClick={() => run('reject')} data-testid='reject-correction'>
              驳回
            </Btn>
          </View>
        </View>
      ) : (
        <View className='text-s'>
          {c.decidedByName}：{c.decisionNote || (c.status === 'approved' ? '已同意' : '已驳回')}
        </View>
      )}
    </View>
  )
}
