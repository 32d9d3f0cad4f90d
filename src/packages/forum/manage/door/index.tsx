import { View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { useEffect } from 'react'
import type { CheckInKey } from '@contract/forum'
import { AccessGate } from '@/components/AccessGate'
import { Btn } from '@/components/Btn'
import { RotatingQr } from '@/components/RotatingQr'
import { Screen } from '@/components/Screen'
import { Loadable } from '@/components/StateViews'
import { useQuery } from '@/data'
import { go } from '@/platform/nav'
import { useSession } from '@/stores/session'
import { dateTime } from '@/utils/format'
import { Missing } from '../../components/Missing'
import { FORUM } from '../../components/paths'
import '../../forum.css'

/**
 * The door of an evening session: staff hold up this page and residents scan it to check in
 * (the shared scan page, kind `ts`). The phone draws a new code every 30 seconds from the
 * session's key, offline; the count of those who came refreshes while the page is open.
 */
export default function DoorPage() {
  const sessionId = useRouter().params.id ?? ''
  return (
    <Screen testId='page-session-door'>
      <AccessGate allow={(_, me) => me.permissions.isStaff} deniedText='只有驿站工作人员可以出示夜话会签到码'>
        {() => (sessionId ? <Door sessionId={sessionId} /> : <Missing what='夜话会' />)}
      </AccessGate>
    </Screen>
  )
}

function Door({ sessionId }: { sessionId: string }) {
  const key = useQuery('forum', 'checkInKey', { sessionId })
  useEffect(() => {
    Taro.setKeepScreenOn?.({ keepScreenOn: true }).catch(() => undefined)
  }, [])
  return (
    <Loadable state={key} onRetry={key.reload} loadingText='正在打开签到…'>
      {(k) => <Code checkIn={k} />}
    </Loadable>
  )
}

function Code({ checkIn }: { checkIn: CheckInKey }) {
  const station = useSession((s) => s.station)
  const session = useQuery('forum', 'session', { sessionId: checkIn.sessionId })
  useEffect(() => {
    const timer = setInterval(() => session.reload(), 15_000)
    return () => clearInterval(timer)
  }, [checkIn.sessionId])
  const s = session.data
  return (
    <View>
      <View className='card'>
        <View className='title-l'>{s?.title ?? '夜话会'}</View>
        {s ? (
          <View className='text-s muted'>
            {dateTime(s.startAt)} · {s.place}
          </View>
        ) : null}
        <RotatingQr
          signingKey={checkIn.key}
          subject={checkIn.subject}
          direction='in'
          station={station?.code ?? ''}
          kind='ts'
          id={checkIn.sessionId}
          windowSeconds={checkIn.windowSeconds}
          serverNow={checkIn.serverNow}
          testId='rotating-qr'
        />
        <View>请到场的居民用微信「扫一扫」扫码签到，没报名的也可以扫。</View>
      </View>
      <View className='card' data-testid='door-counts'>
        <View className='title-xl'>
          已签到 {s?.checkinCount ?? '—'} 人 / 报名 {s?.signupCount ?? '—'} 人
        </View>
        <Btn className='btn btn--plain' onClick={() => go(FORUM.session(checkIn.sessionId))}>
          返回夜话会
        </Btn>
      </View>
    </View>
  )
}
