import { View } from '@tarojs/components'
import { useState } from 'react'
import type { FigureValues, Figures } from '@contract/forum'
import { SIDE_LABELS } from '@contract/labels'
import type { MeView } from '@contract/station'
import { Btn } from '@/components/Btn'
import { Screen } from '@/components/Screen'
import { Loadable } from '@/components/StateViews'
import { useQuery } from '@/data'
import { ForumGate } from '../components/ForumGate'
import { ExportTopics } from './ExportTopics'
import '../forum.css'

/**
 * 办理情况: a year of topics collected → accepted → resolved, overdue and satisfaction, per
 * responsible side and per month (from counters kept with every move). Staff also export the topics.
 */
export default function FiguresPage() {
  return (
    <Screen testId='page-forum-figures'>
      <ForumGate>{(me) => <Year me={me} />}</ForumGate>
    </Screen>
  )
}

function Year({ me }: { me: MeView }) {
  const thisYear = new Date().getFullYear()
  const [year, setYear] = useState(thisYear)
  const figures = useQuery('forum', 'figures', { year })
  return (
    <View>
      <View className='forum-actions'>
        <Btn className='btn btn--plain' onClick={() => setYear(year - 1)} data-testid='year-back'>
          上一年
        </Btn>
        <Btn className='btn btn--plain' disabled={year >= thisYear} onClick={() => setYear(year + 1)}>
          下一年
        </Btn>
      </View>
      <Loadable state={figures} onRetry={figures.reload} loadingText='正在统计…'>
        {(f) => <Tables f={f} />}
      </Loadable>
      {me.permissions.isStaff ? <ExportTopics year={year} /> : null}
    </View>
  )
}

function Tables({ f }: { f: Figures }) {
  const sides = f.bySide.filter((s) => s.collected > 0)
  const months = f.byMonth.filter((m) => m.collected + m.resolved + m.ratings > 0)
  return (
    <View>
      <View className='card' data-testid='figures-total'>
        <View className='card__title'>{f.year}年</View>
        <Line name='合计' v={f.total} testId='figure-total' />
      </View>
      <View className='card' data-testid='figures-by-side'>
        <View className='card__title'>按承办方</View>
        {sides.length === 0 ? <View className='muted'>这一年还没有议题。</View> : null}
        {sides.map((s) => (
          <Line
            key={String(s.side)}
            name={s.side ? SIDE_LABELS[s.side] : '未交办'}
            v={s}
            testId={`figure-side-${s.side ?? 'none'}`}
          />
        ))}
      </View>
      <View className='card' data-testid='figures-by-month'>
        <View className='card__title'>按月份</View>
        {months.map((m) => (
          <Line key={m.month} name={`${Number(m.month.slice(5))}月`} v={m} />
        ))}
      </View>
    </View>
  )
}

function Line({ name, v, testId }: { name: string; v: FigureValues; testId?: string }) {
  return (
    <View className='figure-row' data-testid={testId}>
      <View className='figure-row__name'>{name}</View>
      <View className='figure-row__numbers'>
        <View>
          收集 {v.collected} · 受理 {v.accepted} · 解决 {v.resolved}
        </View>
        <View className='muted'>
          逾期 {v.overdue} · 满意度 {v.ratings ? `${v.satisfaction}（${v.ratings}人）` : '—'}
        </View>
      </View>
    </View>
  )
}
