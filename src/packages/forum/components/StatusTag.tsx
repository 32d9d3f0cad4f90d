import { Text } from '@tarojs/components'
import type { TopicStatus } from '@contract/forum'
import { TOPIC_STATUS_LABELS } from '@contract/forum/labels'

const TONE: Record<TopicStatus, string> = {
  submitted: 'tag--warn',
  accepted: 'tag--warn',
  assigned: '',
  inProgress: '',
  replied: 'tag--ok',
  resolved: 'tag--ok',
  rated: 'tag--ok',
  declined: 'tag--grey',
  closed: 'tag--grey',
}

/** A topic's status as a coloured word: waiting (amber), with a side (red), answered (green), closed (grey). */
export function StatusTag({ status }: { status: TopicStatus }) {
  return (
    <Text className={`tag ${TONE[status]}`} data-testid='topic-status'>
      {TOPIC_STATUS_LABELS[status]}
    </Text>
  )
}
