import { View } from '@tarojs/components'
import { useEffect, useRef, useState } from 'react'
import type { AttendanceView } from '@contract/volunteer'
import { Btn } from '@/components/Btn'
import { Loading } from '@/components/StateViews'
import { useMe, useMutation, useQuery } from '@/data'
import { currentLocation, LocationRefused } from '@/platform/location'
import { go } from '@/platform/nav'
import { dateTime } from '@/utils/format'
import type { ScanKindProps } from './kinds'
import { NotVerified } from './NotVerified'

const CHANGES = ['volunteer.getActivity', 'volunteer.mySignups', 'volunteer.listActivities'] as const

/**
 * Checks me in (签到码, token `i…`) or out (签退码, `o…`) at a volunteer activity, once, as soon as
 * the page opens; a geofenced activity first asks where I am. Says what happened in plain words.
 */
export function ActivityScan({ id, token }: ScanKindProps) {
  const out = token.startsWith('o')
  const me = useMe()
  const verified = me.data?.member?.status === 'verified'
  const activity = useQuery('volunteer', 'getActivity', { activityId: id }, { enabled: verified })
  const checkIn = useMutation('volunteer', 'checkIn', { invalidates: CHANGES })
  const checkOut = useMutation('volunteer', 'checkOut', { invalidates: CHANGES })
  const [done, setDone] = useState<AttendanceView | null>(null)
  const [refused, setRefused] = useState('')
  const started = useRef(false)

  const send = async () => {
    setRefused('')
    let location: { lat: number; lng: number } | undefined
    try {
      if (activity.data?.hasGeofence) location = await currentLocation('确认您在活动地点附近')
    } catch (err) {
      return setRefused(err instanceof LocationRefused ? err.message : '没能获取位置，请再扫一次。')
    }
    const input = { activityId: id, token, location }
    const res = out ? await checkOut.run(input) : await checkIn.run(input)
    if (res) setDone(res)
  }

  useEffect(() => {
    if (!activity.data || started.current) return
    started.current = true
    send()
  }, [activity.data])

  const error = checkIn.error ?? checkOut.error ?? activity.error
  if (me.data && !verified) return <NotVerified what='志愿活动' />
  if (done) return <Done attendance={done} out={out} />
  if (refused)
    return (
      <View className='state' data-testid='scan-location'>
        <View className='state__title'>需要确认位置</View>
        <View>{refused}</View>
        <Btn className='btn btn--primary' onClick={send}>
          再试一次
        </Btn>
      </View>
    )
  if (error) return <Problem title={out ? '没能签退' : '没能签到'} message={error.message} activityId={id} />
  return <Loading text={out ? '正在签退…' : '正在签到…'} />
}

function Done({ attendance: a, out }: { attendance: AttendanceView; out: boolean }) {
  return (
    <View className='card' data-testid='scan-done'>
      <View className='title-xl ok'>{out ? '签退成功' : '签到成功'}</View>
      <View className='title-l'>{a.activityTitle}</View>
      <View>签到时间：{dateTime(a.checkInAt)}</View>
      {a.checkOutAt ? <View>签退时间：{dateTime(a.checkOutAt)}</View> : null}
      <View className='muted text-s'>
        {out ? '组织者确认服务时长后，积分会自动发到您的账户。' : '活动结束时请再扫一次组织者的「签退码」。'}
      </View>
      <Btn
        className='btn btn--plain'
        onClick={() => go(`/packages/volunteer/activity/index?id=${a.activityId}`)}
      >
        查看活动
      </Btn>
    </View>
  )
}

/** Why the scan did not count, in the words the server chose, and the way to the activity. */
function Problem({ title, message, activityId }: { title: string; message: string; activityId: string }) {
  return (
    <View className='state' data-testid='state-error'>
      <View className='state__title'>{title}</View>
      <View data-testid='scan-problem'>{message}</View>
      <Btn
        className='btn btn--ghost'
        onClick={() => go(`/packages/volunteer/activity/index?id=${activityId}`)}
      >
        查看活动
      </Btn>
    </View>
  )
}
