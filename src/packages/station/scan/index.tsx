import { View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { useEffect, useState } from 'react'
import { Screen } from '@/components/Screen'
import { ErrorView, Loading } from '@/components/StateViews'
import { asCallError, useQuery } from '@/data'
import type { CallError } from '@/data'
import { go, goHome } from '@/platform/nav'
import { scanParamsFrom } from '@/platform/scanLink'
import type { ScanParams } from '@/platform/scanLink'
import { useSession } from '@/stores/session'
import { SCAN_KINDS } from './kinds'

/**
 * The one landing page of every check-in QR (src/platform/scanLink.ts): from the in-app scanner,
 * from WeChat's own scanner (扫普通链接二维码打开小程序 hands the link as `q`), or from the link
 * opened in a browser. It enters the station the link names, then hands the rest to the kind's
 * check-in (`k`: `a` an activity, `ts` an evening session).
 */
export default function ScanPage() {
  const params = scanParamsFrom(useRouter().params as Record<string, string>)
  const { station, enterByCode } = useSession()
  const [error, setError] = useState<CallError | null>(null)
  const here = !!params && station?.code === params.s

  useEffect(() => {
    if (params && !here) enterByCode(params.s).catch((err) => setError(asCallError(err)))
  }, [params?.s, here])

  return <Screen testId='page-scan'>{body(params, here, error)}</Screen>
}

function body(params: ScanParams | null, here: boolean, error: CallError | null) {
  if (!params) return <Unknown text='这个二维码不是驿站的签到码，请扫组织者手机上正在显示的二维码。' />
  if (error) return <ErrorView error={error} onHome={goHome} />
  if (!here) return <Loading text='正在进入驿站…' />
  const Kind = SCAN_KINDS[params.k]
  if (!Kind) return <Unknown text='这个签到码需要新版小程序，请更新微信后再扫。' />
  return <Kind id={params.i} token={params.t} />
}

/** Not a code we know: say so, and show what is on this week, to find the right organiser. */
function Unknown({ text }: { text: string }) {
  const week = useQuery(
    'volunteer',
    'listActivities',
    { when: 'week', limit: 5 },
    { enabled: !!useSession().station },
  )
  return (
    <View className='state' data-testid='scan-unknown'>
      <View className='state__title'>没能签到</View>
      <View>{text}</View>
      {(week.data?.items ?? []).map((a) => (
        <View
          key={a.activityId}
          className='link-line'
          onClick={() => go(`/packages/volunteer/activity/index?id=${a.activityId}`)}
        >
          本周活动：{a.title}
        </View>
      ))}
    </View>
  )
}
