import { View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { ActivityDetail } from '@contract/volunteer'
import { ATTENDANCE_LABELS } from '@contract/volunteer/labels'
import { Btn } from '@/components/Btn'
import { useMutation, useSubscribe } from '@/data'
import { confirm, showError, toastDone } from '@/platform/feedback'
import { go } from '@/platform/nav'
import { parseScanLink, SCAN_PAGE } from '@/platform/scanLink'
import { onTap } from '@/platform/tap'
import { clock, serviceText } from '../components/format'

const CHANGES = ['volunteer.getActivity', 'volunteer.listActivities', 'volunteer.mySignups'] as const

/** My place at the activity: sign up or cancel, where I am on the waitlist, my check-in and hours. */
export function MyPlace({ activity: a }: { activity: ActivityDetail }) {
  const signUp = useMutation('volunteer', 'signUp', { forPrincipal: true, invalidates: CHANGES })
  const cancel = useMutation('volunteer', 'cancelSignup', { forPrincipal: true, invalidates: CHANGES })
  const error = signUp.formError ?? cancel.formError
  return (
    <View className='card' data-testid='my-place'>
      <View className='card__title'>我的报名</View>
      <Status activity={a} />
      {error ? (
        <View className='banner banner--warn' data-testid='signup-error'>
          {error}
        </View>
      ) : null}
      {!a.mine && !a.signupBlocked ? (
        <Btn
          className='btn btn--primary'
          data-testid='sign-up'
          onClick={async () => {
            if (await signUp.run({ activityId: a.activityId })) toastDone('报名成功')
          }}
        >
          {signUpText(signUp.busy, a.remaining)}
        </Btn>
      ) : null}
      {!a.mine && a.signupBlocked ? <View className='muted'>{a.signupBlocked}</View> : null}
      {a.mine ? <Notify /> : null}
      {a.mine && a.phase === 'open' ? (
        <Btn
          className='btn btn--ghost'
          data-testid='cancel-signup'
          onClick={async () => {
            if (!(await confirm('取消报名', `确定不参加「${a.title}」了吗？名额会让给候补的邻居。`))) return
            if (await cancel.run({ activityId: a.activityId })) toastDone('已取消')
          }}
        >
          取消报名
        </Btn>
      ) : null}
      {a.phase === 'ongoing' ? <ScanHint /> : null}
    </View>
  )
}

const signUpText = (busy: boolean, remaining: number) =>
  busy ? '正在报名…' : remaining > 0 ? '我要报名' : '已报满，排队候补'

function Status({ activity: a }: { activity: ActivityDetail }) {
  const mine = a.mine
  const att = a.attendance
  return (
    <View data-testid='my-status'>
      {mine?.status === 'signedUp' ? (
        <View className='ok'>已报名{mine.byName ? `（${mine.byName}代报名）` : ''}</View>
      ) : null}
      {mine?.status === 'waitlisted' ? (
        <View className='warn' data-testid='wait-position'>
          候补第 {mine.waitPosition} 位：有人取消时按顺序递补，递补后会通知您
        </View>
      ) : null}
      {att ? (
        <View data-testid='my-attendance'>
          <View>
            {ATTENDANCE_LABELS[att.status]} · 签到 {clock(att.checkInAt)}
            {att.checkOutAt ? ` · 签退 ${clock(att.checkOutAt)}` : ''}
          </View>
          {att.status === 'confirmed' ? (
            <View className='ok'>
              服务时长 {serviceText(att.confirmedMinutes)}，获得 {att.points} 积分
            </View>
          ) : att.status === 'out' ? (
            <View className='muted'>本次 {serviceText(att.minutes)}，等组织者确认时长后发放积分</View>
          ) : null}
        </View>
      ) : null}
    </View>
  )
}

/** Tell me if I move up from the waitlist, or the activity is called off (one message each). */
function Notify() {
  const sub = useSubscribe(['activityPromoted', 'activityCancelled'])
  if (!sub.available) return null
  return (
    <Btn
      className='btn btn--plain'
      data-testid='notify-me'
      onClick={onTap((tap) =>
        sub.ask(tap).then((allowed) => {
          if (allowed.length) toastDone('已订阅')
        }),
      )}
    >
      候补递补或活动取消时通知我
    </Btn>
  )
}

/** In WeChat: the in-app scanner reads the organiser's code; elsewhere, say how. */
function ScanHint() {
  if (process.env.TARO_ENV !== 'weapp')
    return <View className='banner banner--info'>到场后，用微信扫一扫组织者手机上的签到码。</View>
  const scan = async () => {
    try {
      const res = await Taro.scanCode({ onlyFromCamera: true, scanType: ['qrCode'] })
      const params = parseScanLink(res.result)
      if (!params) return showError('这不是签到二维码，请扫组织者手机上的签到码')
      await go(`${SCAN_PAGE}?s=${params.s}&k=${params.k}&i=${params.i}&t=${params.t}`)
    } catch {
      // Closed the scanner.
    }
  }
  return (
    <Btn className='btn btn--primary' onClick={scan} data-testid='scan-checkin'>
      扫码签到 / 签退
    </Btn>
  )
}
