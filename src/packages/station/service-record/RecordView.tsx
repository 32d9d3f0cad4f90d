import { View } from '@tarojs/components'
import type { ServiceRecord } from '@contract/station'
import { ShowMore } from '@/components/ShowMore'
import { hours, shortDate } from '@/utils/format'

/** The record as the workplace branch will read it: who, where they serve, what they did. */
export function RecordView({ record }: { record: ServiceRecord }) {
  const { report, activities, wishes } = record
  return (
    <View>
      <View className='card' data-testid='record-report'>
        <View className='card__title' data-testid='record-name'>
          {record.memberName}
        </View>
        <View className='staff-line'>{record.stationName}</View>
        {report ? (
          <View>
            <Line label='工作单位' value={report.workUnit} />
            <Line label='所在党组织' value={report.partyOrg} />
            <Line label='认领岗位' value={report.postName ?? '未认领'} />
            <Line label='报到日期' value={shortDate(report.reportedAt)} />
          </View>
        ) : (
          <View className='banner banner--warn' data-testid='record-no-report'>
            还没有在本驿站完成在职党员报到。
          </View>
        )}
      </View>
      <View className='card' data-testid='record-activities'>
        <View className='card__title'>参加的活动</View>
        <View className='banner banner--ok' data-testid='record-total'>
          合计 {activities.length} 次，{hours(record.totalMinutes)} 小时
        </View>
        {activities.length === 0 ? <View className='muted'>这段时间没有签到记录。</View> : null}
        <ShowMore
          items={activities}
          keyOf={(a, i) => `${i}-${a.date}`}
          renderItem={(a) => (
            <View className='row' data-testid='record-activity'>
              <View>
                <View>{a.title}</View>
                <View className='staff-line'>{shortDate(a.date)}</View>
              </View>
              <View className='title-l'>{hours(a.minutes)} 小时</View>
            </View>
          )}
        />
      </View>
      {wishes.length > 0 ? (
        <View className='card' data-testid='record-wishes'>
          <View className='card__title'>帮邻居实现的微心愿（{wishes.length}个）</View>
          <ShowMore
            items={wishes}
            keyOf={(w, i) => `${i}-${w.date}`}
            renderItem={(w) => (
              <View className='row' data-testid='record-wish'>
                <View>{w.title}</View>
                <View className='staff-line'>{shortDate(w.date)}</View>
              </View>
            )}
          />
        </View>
      ) : null}
    </View>
  )
}

function Line({ label, value }: { label: string; value: string }) {
  return (
    <View className='row'>
      <View className='muted'>{label}</View>
      <View>{value}</View>
    </View>
  )
}
