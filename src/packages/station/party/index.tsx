import { View } from '@tarojs/components'
import type { PartyReportView, ServicePostView } from '@contract/station'
import { AsMyself } from '@/components/AccessGate'
import { Btn } from '@/components/Btn'
import { Screen } from '@/components/Screen'
import { Loadable } from '@/components/StateViews'
import { useMe, useQuery } from '@/data'
import { go } from '@/platform/nav'
import { shortDate } from '@/utils/format'
import { ReportForm } from './ReportForm'

/** 在职党员报到: report to the compound's branch and claim a service post. */
export default function PartyReport() {
  return (
    <Screen testId='page-party'>
      <AsMyself>
        <Report />
      </AsMyself>
    </Screen>
  )
}

function Report() {
  const me = useMe()
  const report = useQuery('station', 'myPartyReport', {})
  const posts = useQuery('station', 'listServicePosts', {})
  const verified = me.data?.member?.status === 'verified'
  // The form opens once both answers are in, starting from what was saved (which may be none).
  const reportKnown = report.data !== null || (!report.loading && !report.error)
  const both = {
    data: reportKnown ? posts.data : null,
    loading: report.loading || posts.loading,
    error: report.error ?? posts.error,
  }
  return (
    <View>
      {!verified && me.data ? <View className='banner banner--warn'>登记审核通过后才能报到。</View> : null}
      <Loadable state={both} onRetry={() => Promise.all([report.reload(), posts.reload()])}>
        {(p) => <Loaded saved={report.data} posts={p.items.filter((x) => x.active)} disabled={!verified} />}
      </Loadable>
      <Btn className='btn btn--ghost' onClick={() => go('/packages/station/service-record/index')}>
        查看我的服务记录（可导出给单位党组织）
      </Btn>
    </View>
  )
}

function Loaded({
  saved,
  posts,
  disabled,
}: {
  saved: PartyReportView | null
  posts: ServicePostView[]
  disabled: boolean
}) {
  return (
    <View>
      {saved ? (
        <View className='banner banner--ok' data-testid='party-reported'>
          已于{shortDate(saved.reportedAt)}报到{saved.postName ? `，认领岗位：${saved.postName}` : ''}
        </View>
      ) : null}
      <ReportForm saved={saved} posts={posts} disabled={disabled} />
    </View>
  )
}
