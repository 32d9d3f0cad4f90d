import { View } from '@tarojs/components'
import { useDidShow } from '@tarojs/taro'
import { useState } from 'react'
import type { PartyReportView, ServicePostView } from '@contract/station'
import { Field, TextField } from '@/components/Field'
import { Screen } from '@/components/Screen'
import { Loadable } from '@/components/StateViews'
import { call } from '@/services/cloud'
import { go } from '@/services/platform'
import { toastDone } from '@/services/platform/feedback'
import type { Async } from '@/stores/async'
import { idle, track } from '@/stores/async'
import { useSession } from '@/stores/session'
import { useSubmit } from '@/stores/useSubmit'
import { Btn } from '@/components/Btn'

interface PartyData {
  report: PartyReportView | null
  posts: ServicePostView[]
}

/** 在职党员报到: report to the compound's branch and claim a service post. */
export default function PartyReport() {
  const me = useSession((s) => s.me)
  const [state, setState] = useState<Async<PartyData>>(idle())
  const load = () =>
    track(
      () => state,
      setState,
      async () => {
        const [report, posts] = await Promise.all([
          call('station', 'myPartyReport', {}),
          call('station', 'listServicePosts', {}),
        ])
        return { report, posts: posts.items.filter((p) => p.active) }
      },
    )
  useDidShow(() => {
    load()
  })
  const verified = me.data?.member?.status === 'verified'
  return (
    <Screen testId='page-party'>
      {!verified && me.data ? <View className='banner banner--warn'>登记审核通过后才能报到。</View> : null}
      <Loadable state={state} onRetry={load}>
        {(data) => <ReportForm data={data} onSaved={load} disabled={!verified} />}
      </Loadable>
      <Btn className='btn btn--ghost' onClick={() => go('/packages/staff/service-record/index')}>
        查看我的服务记录（可导出给单位党组织）
      </Btn>
    </Screen>
  )
}

function ReportForm({ data, onSaved, disabled }: { data: PartyData; onSaved(): void; disabled: boolean }) {
  const saved = data.report
  const [workUnit, setWorkUnit] = useState(saved ? saved.workUnit : '')
  const [partyOrg, setPartyOrg] = useState(saved ? saved.partyOrg : '')
  const [postId, setPostId] = useState<string | null>(saved ? saved.postId : null)
  const { busy, run, fieldError, formError } = useSubmit()

  const submit = async () => {
    if (!(await run(() => call('station', 'submitPartyReport', { workUnit, partyOrg, postId })))) return
    toastDone(saved ? '已更新' : '报到成功')
    onSaved()
  }

  return (
    <View>
      {saved ? <ReportedBanner report={saved} /> : null}
      <View className='card'>
        <TextField
          label='工作单位'
          value={workUnit}
          onChange={setWorkUnit}
          maxlength={60}
          placeholder='如：区市场监管局'
          error={fieldError('workUnit')}
          testId='work-unit'
        />
        <TextField
          label='所在党组织'
          value={partyOrg}
          onChange={setPartyOrg}
          maxlength={60}
          placeholder='如：机关第二党支部'
          error={fieldError('partyOrg')}
          testId='party-org'
        />
        <Field label='认领服务岗位' hint='可以先不认领，以后再来' error={fieldError('postId')}>
          <View className='choice-group' data-testid='pick-post'>
            <View className={`choice${postId === null ? ' choice--on' : ''}`} onClick={() => setPostId(null)}>
              暂不认领
            </View>
            {data.posts.map((p) => (
              <View
                key={p.postId}
                className={`choice${postId === p.postId ? ' choice--on' : ''}`}
                onClick={() => setPostId(p.postId)}
              >
                {p.name}（{p.claimedCount}人）
              </View>
            ))}
          </View>
        </Field>
      </View>
      {formError ? <View className='banner banner--red'>{formError}</View> : null}
      <Btn
        className='btn btn--primary'
        disabled={busy || disabled}
        onClick={submit}
        data-testid='submit-party'
      >
        {busy ? '正在提交…' : saved ? '更新报到信息' : '确认报到'}
      </Btn>
    </View>
  )
}

function ReportedBanner({ report }: { report: PartyReportView }) {
  return (
    <View className='banner banner--ok' data-testid='party-reported'>
      已报到（{report.reportedAt.slice(0, 10)}）{report.postName ? `，认领岗位：${report.postName}` : ''}
    </View>
  )
}
