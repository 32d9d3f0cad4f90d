import { Picker, View } from '@tarojs/components'
import dayjs from 'dayjs'
import { useState } from 'react'
import type { CertificateView } from '@contract/volunteer'
import { Btn } from '@/components/Btn'
import { Field } from '@/components/Field'
import { Screen } from '@/components/Screen'
import { useMutation, useQuery } from '@/data'
import { isoDay, shortDate } from '@/utils/format'
import { serviceText } from '../components/format'
import './print'
import '../components/volunteer.css'

/**
 * 志愿服务时长证明: my confirmed hours over a period, issued by the station under a number staff
 * can look up. Printable from the browser (H5); in WeChat, shown to whoever asks for it.
 */
export default function CertificatePage() {
  const [from, setFrom] = useState(isoDay(dayjs().startOf('year')))
  const [to, setTo] = useState(isoDay(dayjs()))
  const issue = useMutation('volunteer', 'issueCertificate', { fields: ['from', 'to'] })
  const [cert, setCert] = useState<CertificateView | null>(null)
  const mine = useQuery('volunteer', 'myPoints', { limit: 1 })
  return (
    <Screen testId='page-certificate'>
      <View className='card no-print'>
        {mine.data ? (
          <View className='banner banner--info' data-testid='my-service'>
            我已确认的志愿服务时长：{serviceText(mine.data.summary.serviceMinutes)}
          </View>
        ) : null}
        <View className='card__title'>证明期间</View>
        <Field label='从' error={issue.fieldError('from')}>
          <Picker mode='date' value={from} end={to} onChange={(e) => setFrom(e.detail.value)}>
            <View className='picker' data-testid='cert-from'>
              {shortDate(from)}
            </View>
          </Picker>
        </Field>
        <Field label='到' error={issue.fieldError('to')}>
          <Picker mode='date' value={to} start={from} onChange={(e) => setTo(e.detail.value)}>
            <View className='picker' data-testid='cert-to'>
              {shortDate(to)}
            </View>
          </Picker>
        </Field>
        {issue.formError ? <View className='banner banner--warn'>{issue.formError}</View> : null}
        <Btn
          className='btn btn--primary'
          data-testid='issue-certificate'
          onClick={async () => setCert(await issue.run({ from, to }))}
        >
          {issue.busy ? '正在开具…' : '开具证明'}
        </Btn>
      </View>
      {cert ? <Certificate cert={cert} /> : null}
    </Screen>
  )
}

function Certificate({ cert }: { cert: CertificateView }) {
  return (
    <View>
      <View className='card certificate' data-testid='certificate'>
        <View className='title-xl' style={{ textAlign: 'center' }}>
          志愿服务时长证明
        </View>
        <View className='vol-description'>
          兹证明{' '}
          <View className='title-l' style={{ display: 'inline' }}>
            {cert.memberName}
          </View>{' '}
          同志于 {shortDate(cert.from)}至 {shortDate(cert.to)} 期间，在{cert.stationName}参加志愿服务{' '}
          {cert.attendances} 次，经活动组织者确认，累计志愿服务时长{' '}
          <View className='title-l' style={{ display: 'inline' }} data-testid='certificate-hours'>
            {serviceText(cert.minutes)}
          </View>
          。
        </View>
        <View className='row'>
          <View className='muted'>证明编号</View>
          <View data-testid='certificate-number'>{cert.number}</View>
        </View>
        <View className='row'>
          <View className='muted'>开具单位</View>
          <View>{cert.stationName}</View>
        </View>
        <View className='row'>
          <View className='muted'>开具日期</View>
          <View>{shortDate(cert.issuedAt)}</View>
        </View>
        <View className='text-s muted'>核验：请驿站工作人员在「志愿管理 → 证明核验」中输入证明编号。</View>
      </View>
      {process.env.TARO_ENV === 'h5' ? (
        <Btn
          className='btn btn--plain no-print'
          onClick={() => window.print()}
          data-testid='print-certificate'
        >
          打印证明
        </Btn>
      ) : null}
    </View>
  )
}
