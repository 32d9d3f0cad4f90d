import { View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { useEffect, useState } from 'react'
import type { CheckinKey } from '@contract/volunteer'
import { AccessGate } from '@/components/AccessGate'
import { Btn } from '@/components/Btn'
import { RotatingQr } from '@/components/RotatingQr'
import { Screen } from '@/components/Screen'
import { Loadable } from '@/components/StateViews'
import { Tabs } from '@/components/Tabs'
import { useMutation, useQuery } from '@/data'
import { confirm, toastDone } from '@/platform/feedback'
import { go } from '@/platform/nav'
import { timeRange } from '../../components/format'
import { NoActivity } from '../../components/NoActivity'
import { canOrganise } from '../access'
import '../../components/volunteer.css'

type Direction = 'in' | 'out'

/**
 * 签到码: opening it opens check-in (the activity becomes 进行中) and brings this activity's key
 * to the phone, which then draws a new code every 30 seconds by itself. Switch to 签退码 at the
 * end; the counts refresh while the page is open.
 */
export default function CheckinPage() {
  const id = useRouter().params.id ?? ''
  return (
    <Screen testId='page-checkin'>
      <AccessGate allow={canOrganise} deniedText='只有活动组织者可以出示签到码'>
        {() => (id ? <Opened id={id} /> : <NoActivity />)}
      </AccessGate>
    </Screen>
  )
}

function Opened({ id }: { id: string }) {
  const open = useQuery('volunteer', 'openCheckin', { activityId: id })
  useEffect(() => {
    Taro.setKeepScreenOn?.({ keepScreenOn: true }).catch(() => undefined)
  }, [])
  return (
    <Loadable state={open} onRetry={open.reload} loadingText='正在打开签到…'>
      {(key) => <Code checkin={key} />}
    </Loadable>
  )
}

function Code({ checkin }: { checkin: CheckinKey }) {
  const [direction, setDirection] = useState<Direction>('in')
  const a = checkin.activity
  return (
    <View>
      <View className='card vol-qr-card'>
        <View className='title-l'>{a.title}</View>
        <View className='text-s muted'>{timeRange(a.startAt, a.endAt)}</View>
        <Tabs<Direction>
          tabs={[
            { key: 'in', label: '签到码' },
            { key: 'out', label: '签退码' },
          ]}
          value={direction}
          onChange={setDirection}
          variant='segment'
          testId='direction-tabs'
        />
        <RotatingQr
          signingKey={checkin.key}
          subject={checkin.subject}
          direction={direction}
          station={checkin.stationCode}
          kind='a'
          id={checkin.activityId}
          windowSeconds={checkin.windowSeconds}
          serverNow={checkin.serverNow}
          testId='rotating-qr'
        />
        <View className='text-s'>请志愿者用微信「扫一扫」扫码{direction === 'in' ? '签到' : '签退'}</View>
      </View>
      <Live id={checkin.activityId} />
    </View>
  )
}

/** How many have signed up, come and gone: asked again every 15 seconds while the code shows. */
function Live({ id }: { id: string }) {
  const roster = useQuery('volunteer', 'roster', { activityId: id, limit: 1 })
  const finish = useMutation('volunteer', 'finishActivity', {
    invalidates: ['volunteer.getActivity', 'volunteer.managedActivities', 'volunteer.listActivities'],
  })
  useEffect(() => {
    const timer = setInterval(() => roster.reload(), 15_000)
    return () => clearInterval(timer)
  }, [id])
  const c = roster.data?.counts
  return (
    <View className='card'>
      <View className='vol-counts' data-testid='live-counts'>
        <Figure label='已报名' value={c?.signedUp} />
        <Figure label='已签到' value={c?.checkedIn} />
        <Figure label='已签退' value={c ? c.checkedOut + c.confirmed : undefined} />
      </View>
      <Btn
        className='btn btn--plain'
        onClick={() => go(`/packages/volunteer/manage/roster/index?id=${id}`)}
        data-testid='to-roster'
      >
        名单与代签
      </Btn>
      {finish.formError ? <View className='banner banner--warn'>{finish.formError}</View> : null}
      <Btn
        className='btn btn--ghost'
        data-testid='finish-activity'
        onClick={async () => {
          if (
            !(await confirm('结束活动', '结束后不能再扫码。忘记签退的人，请在名单里为他们签退后再确认时长。'))
          )
            return
          if (await finish.run({ activityId: id })) {
            toastDone('活动已结束')
            await go(`/packages/volunteer/manage/roster/index?id=${id}`)
          }
        }}
      >
        结束活动
      </Btn>
    </View>
  )
}

function Figure({ label, value }: { label: string; value: number | undefined }) {
  return (
    <View>
      <View className='vol-summary__figure'>{value ?? '—'}</View>
      <View className='text-s muted'>{label}</View>
    </View>
  )
}
