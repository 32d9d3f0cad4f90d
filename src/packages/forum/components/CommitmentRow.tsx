import { Text, View } from '@tarojs/components'
import type { CommitmentView } from '@contract/forum'
import { SIDE_LABELS } from '@contract/labels'
import { shortDate } from '@/utils/format'

/** A promise made at a session: who is responsible, by when, and whether it is kept. */
export function CommitmentRow({ c, children }: { c: CommitmentView; children?: React.ReactNode }) {
  return (
    <View className='reply' data-testid='commitment'>
      <View>
        <Text className={`tag ${c.status === 'done' ? 'tag--ok' : c.overdue ? '' : 'tag--warn'}`}>
          {c.status === 'done' ? '已兑现' : c.overdue ? '已逾期' : '办理中'}
        </Text>
        <Text className='tag tag--grey'>{SIDE_LABELS[c.side]}负责</Text>
      </View>
      <View>{c.text}</View>
      <View className='text-xs muted'>
        期限 {c.dueDate} · 来自「{c.sessionTitle}」
        {c.doneAt ? ` · ${shortDate(c.doneAt)}完成：${c.doneNote}` : ''}
      </View>
      {children}
    </View>
  )
}
