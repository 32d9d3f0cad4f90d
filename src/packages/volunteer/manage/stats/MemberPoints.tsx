import { View } from '@tarojs/components'
import { useState } from 'react'
import type { PointsEntryView } from '@contract/points'
import { Btn } from '@/components/Btn'
import { TextField } from '@/components/Field'
import { useMutation, usePagedQuery, useQuery } from '@/data'
import { toastDone } from '@/platform/feedback'
import { shortDate } from '@/utils/format'

/** Correcting points: find the person, see their entries, reverse a wrong one with a reason. */
export function MemberPoints() {
  const [q, setQ] = useState('')
  const [memberId, setMemberId] = useState('')
  const people = useQuery('station', 'searchMembers', { q, limit: 5 }, { enabled: q.trim().length > 0 })
  return (
    <View className='card' data-testid='member-points'>
      <View className='card__title'>积分冲正</View>
      <TextField label='查找居民（姓名或房号）' value={q} onChange={setQ} maxlength={20} />
      {(people.data?.items ?? []).map((m) => (
        <View
          key={m.memberId}
          className={`row${m.memberId === memberId ? ' chosen' : ''}`}
          onClick={() => setMemberId(m.memberId)}
        >
          <View>{m.name}</View>
          <View className='text-s muted'>{m.household?.label ?? ''}</View>
        </View>
      ))}
      {memberId ? <Entries memberId={memberId} /> : null}
    </View>
  )
}

function Entries({ memberId }: { memberId: string }) {
  const list = usePagedQuery('volunteer', 'memberPoints', { memberId }, { pageSize: 10 })
  return (
    <View>
      {(list.state.data?.items ?? []).map((e) => (
        <Entry key={e.entryId} entry={e} />
      ))}
      {list.state.data?.hasMore ? (
        <Btn className='btn btn--ghost' onClick={list.loadMore}>
          更多
        </Btn>
      ) : null}
    </View>
  )
}

function Entry({ entry: e }: { entry: PointsEntryView }) {
  const reverse = useMutation('volunteer', 'reversePoints', {
    fields: ['reason'],
    invalidates: ['volunteer.memberPoints'],
  })
  const [reason, setReason] = useState('')
  const [open, setOpen] = useState(false)
  return (
    <View className='row'>
      <View style={{ flex: 1 }}>
        <View>
          {e.reason}（{e.delta > 0 ? `+${e.delta}` : e.delta}）
        </View>
        <View className='text-s muted'>{shortDate(e.at)}</View>
        {open ? (
          <View>
            <TextField
              label='冲正原因'
              value={reason}
              onChange={setReason}
              maxlength={100}
              error={reverse.fieldError('reason') ?? reverse.formError}
            />
            <Btn
              className='btn btn--plain btn--small'
              onClick={async () => {
                if (await reverse.run({ entryId: e.entryId, reason })) toastDone('已冲正')
              }}
            >
              确认冲正
            </Btn>
          </View>
        ) : null}
      </View>
      {e.delta > 0 && e.refType !== 'reversal' && !open ? (
        <Btn className='btn btn--ghost btn--small' onClick={() => setOpen(true)}>
          冲正
        </Btn>
      ) : null}
    </View>
  )
}
