import { View } from '@tarojs/components'
import type { WishDetail } from '@contract/wish'
import { dateTime, shortDate } from '@/utils/format'

/** Where the wish stands, in a sentence for the person looking (the banner on top of the page). */
export function StatusNote({ wish }: { wish: WishDetail }) {
  const [tone, text] = noteFor(wish)
  return (
    <View className={`banner banner--${tone}`} data-testid='wish-status-note'>
      {text}
    </View>
  )
}

type Tone = 'info' | 'warn' | 'ok' | 'red'

function noteFor(w: WishDetail): [Tone, string] {
  const mine = w.role === 'wisher'
  switch (w.status) {
    case 'pending':
      return ['info', '等待驿站工作人员审核，通过后出现在心愿墙上。']
    case 'rejected':
      return ['red', `没有通过审核：${w.rejectReason}`]
    case 'open':
      return [
        'info',
        mine ? '已在心愿墙上，等邻居来认领。' : `等待认领，希望${shortDate(w.neededBy)}前完成。`,
      ]
    case 'claimed':
      return ['warn', claimedText(w)]
    case 'fulfilled':
      return ['warn', fulfilledText(w)]
    case 'disputed':
      return ['red', '许愿人对完成情况有异议，驿站工作人员正在处理。']
    case 'confirmed':
      return [
        'ok',
        `心愿已实现！${w.claimerName && w.points ? `${w.claimerName} 获得 ${w.points} 积分。` : ''}`,
      ]
    case 'expired':
      return ['info', '希望完成的日期已过，没有人认领，心愿已过期。']
    default:
      return ['info', '这个心愿已撤回。']
  }
}

function claimedText(w: WishDetail): string {
  const who = w.role === 'claimer' ? '您' : w.claimerName
  const release = w.releaseAt ? `如果到${dateTime(w.releaseAt)}还没有进展，会重新上墙。` : ''
  return `${who}已认领这个心愿。${release}`
}

function fulfilledText(w: WishDetail): string {
  const auto = w.autoConfirmAt ? `${shortDate(w.autoConfirmAt)}后会自动确认。` : ''
  if (w.role === 'wisher') return `${w.claimerName}说已经完成了，请确认是否实现。${auto}`
  if (w.role === 'claimer') return `已标记完成，等许愿人确认。${auto}`
  return `${w.claimerName}已完成，等待确认。`
}
