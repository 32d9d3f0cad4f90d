import { View } from '@tarojs/components'
import Taro, { usePullDownRefresh } from '@tarojs/taro'
import { AccessGate } from '@/components/AccessGate'
import { PagedList } from '@/components/PagedList'
import { Screen } from '@/components/Screen'
import { usePagedQuery } from '@/data'
import { dateTime } from '@/utils/format'
import '../../components/staff.css'

/** 操作记录: who did what and when, newest first — reviews, phone look-ups, exports, role changes. */
export default function AuditPage() {
  return (
    <Screen testId='page-audit'>
      <AccessGate allow={(p) => p.isStaff}>{() => <AuditLog />}</AccessGate>
    </Screen>
  )
}

function AuditLog() {
  const list = usePagedQuery('station', 'auditLog', {})
  usePullDownRefresh(() => {
    list.reload().finally(() => Taro.stopPullDownRefresh())
  })
  return (
    <View>
      <View className='staff-line staff-intro'>
        审核、查看手机号、导出、角色变动等操作都会记录在这里，不能删除。
      </View>
      <PagedList
        list={list}
        testId='audit-list'
        keyOf={(e) => e.auditId}
        emptyTitle='还没有操作记录'
        renderItem={(e) => (
          <View className='card' data-testid={`audit-${e.auditId}`}>
            <View className='staff-item__head'>
              <View className='title-l' data-testid='audit-actor'>
                {e.actorName}
                {e.onBehalfOfName ? <View className='tag tag--warn'>代 {e.onBehalfOfName}</View> : null}
              </View>
              <View className='staff-line' data-testid='audit-time'>
                {dateTime(e.at)}
              </View>
            </View>
            <View data-testid='audit-summary'>{e.summary}</View>
          </View>
        )}
      />
    </View>
  )
}
