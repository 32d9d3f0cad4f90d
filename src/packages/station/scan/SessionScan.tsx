import { View } from '@tarojs/components'
import { useEffect, useRef, useState } from 'react'
import type { SessionCard } from '@contract/forum'
import { Btn } from '@/components/Btn'
import { Loading } from '@/components/StateViews'
import { useMe, useMutation } from '@/data'
import { go } from '@/platform/nav'
import { dateTime } from '@/utils/format'
import type { ScanKindProps } from './kinds'
import { NotVerified } from './NotVerified'

const CHANGES = ['forum.session', 'forum.listSessions'] as const
const sessionPage = (id: string) => `/packages/forum/session/index?id=${id}`

/**
 * Checks me in at the door of a 邻里夜话 evening session (kind `ts`), once, as soon as the page
 * opens; walk-ins without a sign-up count too. Scanning again answers the same.
 */
export function SessionScan({ id, token }: ScanKindProps) {
  const me = useMe()
  const verified = me.data?.member?.status === 'verified'
  const checkIn = useMutation('forum', 'checkInSession', { invalidates: CHANGES })
  const [done, setDone] = useState<SessionCard | null>(null)
  const started = useRef(false)

  useEffect(() => {
    if (!verified || started.current) return
    started.current = true
    checkIn.run({ sessionId: id, token }).then((res) => res && setDone(res))
  }, [verified])

  if (me.data && !verified) return <NotVerified what='夜话会' />
  if (done)
    return (
      <View className='card' data-testid='scan-done'>
        <View className='title-xl ok'>签到成功</View>
        <View className='title-l'>{done.title}</View>
        <View>
          {dateTime(done.startAt)} · {done.place}
        </View>
        <View className='muted text-s'>欢迎参加邻里夜话，会上可以当面说说您关心的事。</View>
        <Btn className='btn btn--plain' onClick={() => go(sessionPage(id))}>
          查看议程
        </Btn>
      </View>
    )
  if (checkIn.error)
    return (
      <View className='state' data-testid='state-error'>
        <View className='state__title'>没能签到</View>
        <View data-testid='scan-problem'>{checkIn.error.message}</View>
        <Btn className='btn btn--ghost' onClick={() => go(sessionPage(id))}>
          查看夜话会
        </Btn>
      </View>
    )
  return <Loading text='正在签到…' />
}
