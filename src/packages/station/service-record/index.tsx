import { Picker, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import dayjs from 'dayjs'
import { useEffect, useState } from 'react'
import type { ServiceRecord } from '@contract/station'
import { AccessGate } from '@/components/AccessGate'
import { Btn } from '@/components/Btn'
import { Field } from '@/components/Field'
import { Screen } from '@/components/Screen'
import { Loadable } from '@/components/StateViews'
import { useQuery } from '@/data'
import { tellOutcome } from '@/platform/deliver'
import { prepareCsv, sendFile } from '@/platform/files'
import { useTwoTap } from '@/platform/useTwoTap'
import { isoDay, shortDate } from '@/utils/format'
import { RecordView } from './RecordView'
import '../components/staff.css'

/**
 * 党员服务记录: a party member's post, activities and hours over a period, to hand to their
 * workplace branch. Members open their own; staff open anyone's with `?memberId=`.
 */
export default function ServiceRecordPage() {
  const memberId = useRouter().params.memberId || undefined
  return (
    <Screen testId='page-service-record'>
      <AccessGate
        allow={(_, me) => me.member?.status === 'verified'}
        deniedText='登记审核通过后才能查看服务记录'
      >
        {() => <Record memberId={memberId} />}
      </AccessGate>
    </Screen>
  )
}

function Record({ memberId }: { memberId?: string }) {
  const [from, setFrom] = useState(isoDay(dayjs().startOf('year')))
  const [to, setTo] = useState(isoDay(dayjs()))
  const backwards = from > to
  const record = useQuery('station', 'serviceRecord', { from, to, memberId }, { enabled: !backwards })

  // The table comes with the record: it is written to a file as soon as it arrives, so 导出表格 is
  // one tap that shares it directly (platform/tap.ts).
  const exportFile = useTwoTap({
    prepare: (r: ServiceRecord) => prepareCsv(r.filename, r.csv),
    async deliver(tap, file) {
      const outcome = await sendFile(tap, file)
      tellOutcome(outcome)
      return outcome
    },
  })
  useEffect(() => {
    if (record.data) exportFile.prepare(record.data)
  }, [record.data])
  const { phase } = exportFile.state

  return (
    <View>
      <View className='card' data-testid='record-period'>
        <View className='card__title'>统计期间</View>
        <View className='staff-actions'>
          <View className='staff-half'>
            <Field label='从'>
              <Picker mode='date' value={from} end={to} onChange={(e) => setFrom(e.detail.value)}>
                <View className='picker' data-testid='record-from'>
                  {shortDate(from)}
                </View>
              </Picker>
            </Field>
          </View>
          <View className='staff-half'>
            <Field
              label='到'
              error={
                backwards
                  ? '结束日期不能早于开始日期'
                  : record.error?.field === 'to'
                    ? record.error.message
                    : null
              }
            >
              <Picker mode='date' value={to} start={from} onChange={(e) => setTo(e.detail.value)}>
                <View className='picker' data-testid='record-to'>
                  {shortDate(to)}
                </View>
              </Picker>
            </Field>
          </View>
        </View>
      </View>
      <Loadable state={record} onRetry={record.reload} loadingText='正在整理服务记录…'>
        {(r) => (
          <View>
            {record.loading ? <View className='staff-count'>正在更新…</View> : null}
            <RecordView record={r} />
            {exportFile.error ? <View className='banner banner--red'>{exportFile.error}</View> : null}
            <Btn
              className='btn btn--primary'
              disabled={!exportFile.ready || phase === 'delivering'}
              onClick={exportFile.deliverOnTap}
              data-testid='export-record'
            >
              {phase === 'preparing'
                ? '正在准备表格…'
                : process.env.TARO_ENV === 'weapp'
                  ? '发送表格到聊天'
                  : '下载表格'}
            </Btn>
            <View className='staff-line'>
              表格可以发给工作单位的党组织，作为在职党员到社区报到服务的记录。
            </View>
          </View>
        )}
      </Loadable>
    </View>
  )
}
