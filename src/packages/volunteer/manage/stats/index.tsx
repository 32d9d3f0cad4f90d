import { View } from '@tarojs/components'
import { useState } from 'react'
import type { CertificateView } from '@contract/volunteer'
import { AccessGate } from '@/components/AccessGate'
import { Btn } from '@/components/Btn'
import { TextAreaField, TextField } from '@/components/Field'
import { Screen } from '@/components/Screen'
import { Loadable } from '@/components/StateViews'
import { useForm, useMutation, useQuery } from '@/data'
import { toastDone } from '@/platform/feedback'
import { shortDate, thousands } from '@/utils/format'
import { serviceText } from '../../components/format'
import { isStaff } from '../access'
import { MemberPoints } from './MemberPoints'
import '../../components/volunteer.css'

/** 志愿服务统计: the station's figures (from counters), 红旗好人, certificate check, points corrections. */
export default function StatsPage() {
  return (
    <Screen testId='page-volunteer-stats'>
      <AccessGate allow={isStaff} deniedText='只有驿站工作人员可以查看'>
        {() => (
          <View>
            <Figures />
            <Feature />
            <Lookup />
            <MemberPoints />
          </View>
        )}
      </AccessGate>
    </Screen>
  )
}

function Figures() {
  const stats = useQuery('volunteer', 'volunteerStats', {})
  return (
    <Loadable state={stats} onRetry={stats.reload}>
      {(s) => (
        <View className='card' data-testid='volunteer-figures'>
          <View className='card__title'>累计</View>
          <View className='vol-counts'>
            <View>
              <View className='vol-summary__figure' data-testid='total-hours'>
                {serviceText(s.total.minutes)}
              </View>
              <View className='text-s muted'>志愿时长</View>
            </View>
            <View>
              <View className='vol-summary__figure'>{thousands(s.total.points)}</View>
              <View className='text-s muted'>发放积分</View>
            </View>
            <View>
              <View className='vol-summary__figure'>{thousands(s.rewards.pointsSpent)}</View>
              <View className='text-s muted'>兑换积分</View>
            </View>
          </View>
          <View className='text-s muted'>
            共 {s.total.attendances} 人次参加；兑换优惠券 {s.rewards.vouchers} 张，已核销 {s.rewards.used}{' '}
            张。
          </View>
          {s.months.map((m) => (
            <View key={m.month} className='row text-s'>
              <View>{m.month}</View>
              <View>
                {serviceText(m.minutes)} · {m.points} 分 · 兑换 {m.vouchers} 张
              </View>
            </View>
          ))}
        </View>
      )}
    </Loadable>
  )
}

function Feature() {
  const feature = useMutation('volunteer', 'featureNeighbour', {
    fields: ['name', 'story'],
    invalidates: ['volunteer.honourRoll'],
  })
  const form = useForm(
    { name: '', story: '' },
    {
      mutations: [feature],
      check: (d) => ({
        name: d.name.trim() ? undefined : '请填写姓名',
        story: d.story.trim() ? undefined : '请写几句事迹',
      }),
    },
  )
  return (
    <View className='card'>
      <View className='card__title'>评选本月红旗好人</View>
      <TextField
        label='姓名'
        required
        value={form.draft.name}
        onChange={(name) => form.set({ name })}
        maxlength={20}
        error={form.error('name')}
      />
      <TextAreaField
        label='事迹'
        required
        value={form.draft.story}
        onChange={(story) => form.set({ story })}
        maxlength={300}
        error={form.error('story')}
      />
      {form.formError ? <View className='banner banner--warn'>{form.formError}</View> : null}
      <Btn
        className='btn btn--plain'
        onClick={() =>
          form.submit(async (d) => {
            const res = await feature.run({ name: d.name, story: d.story })
            if (res) {
              toastDone('已上光荣榜')
              form.reset()
            }
            return res
          })
        }
      >
        上光荣榜
      </Btn>
    </View>
  )
}

function Lookup() {
  const [number, setNumber] = useState('')
  const lookup = useMutation('volunteer', 'lookupCertificate', { fields: ['number'] })
  const [found, setFound] = useState<CertificateView | null>(null)
  return (
    <View className='card' data-testid='certificate-lookup'>
      <View className='card__title'>证明核验</View>
      <TextField
        label='证明编号'
        value={number}
        onChange={setNumber}
        maxlength={40}
        error={lookup.fieldError('number') ?? lookup.formError}
        testId='certificate-number-input'
      />
      <Btn
        className='btn btn--plain'
        onClick={async () => setFound(await lookup.run({ number }))}
        data-testid='lookup-certificate'
      >
        核验
      </Btn>
      {found ? (
        <View data-testid='certificate-found'>
          <View>
            {found.memberName}：{shortDate(found.from)} 至 {shortDate(found.to)}，{serviceText(found.minutes)}
            （{found.attendances} 次）
          </View>
          <View className={found.stillMatches ? 'ok' : 'warn'}>
            {found.stillMatches ? '与现在的服务记录一致' : '服务记录在开具后有更正，请以现在的记录为准'}
          </View>
        </View>
      ) : null}
    </View>
  )
}
