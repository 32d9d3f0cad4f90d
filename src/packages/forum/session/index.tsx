import { Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import type { SessionDetail } from '@contract/forum'
import { SIDE_LABELS } from '@contract/labels'
import type { MeView } from '@contract/station'
import { Btn } from '@/components/Btn'
import { Screen } from '@/components/Screen'
import { Loadable } from '@/components/StateViews'
import { useMutation, useQuery } from '@/data'
import { toastDone } from '@/platform/feedback'
import { go } from '@/platform/nav'
import { dateTime } from '@/utils/format'
import { CommitmentRow } from '../components/CommitmentRow'
import { ForumGate } from '../components/ForumGate'
import { Missing } from '../components/Missing'
import { FORUM } from '../components/paths'
import { TopicCard } from '../components/TopicCard'
import { CompleteCommitment } from './CompleteCommitment'
import '../forum.css'

/** One evening session: when and where, who hosts, the agenda, signing up; afterwards its minutes and promises. */
export default function SessionPage() {
  const sessionId = useRouter().params.id ?? ''
  return (
    <Screen testId='page-session'>
      <ForumGate>
        {(me) => (sessionId ? <Session sessionId={sessionId} me={me} /> : <Missing what='夜话会' />)}
      </ForumGate>
    </Screen>
  )
}

function Session({ sessionId, me }: { sessionId: string; me: MeView }) {
  const session = useQuery('forum', 'session', { sessionId }, { forPrincipal: true })
  return (
    <Loadable state={session} onRetry={session.reload}>
      {(s) => (
        <View>
          <Info s={s} />
          {me.permissions.isStaff ? <StaffTools s={s} /> : null}
          <View className='card' data-testid='agenda'>
            <View className='card__title'>议程（按支持人数排序）</View>
            {s.agenda.length === 0 ? <View className='muted'>议程还在整理中。</View> : null}
            {s.agenda.map((t) => (
              <TopicCard key={t.topicId} topic={t} />
            ))}
          </View>
          {s.minutes ? (
            <View className='card' data-testid='minutes'>
              <View className='card__title'>会议纪要</View>
              {s.minutes.split('\n').map((line, i) => (
                <View key={i}>{line}</View>
              ))}
            </View>
          ) : null}
          {s.commitments.length ? (
            <View className='card' data-testid='session-commitments'>
              <View className='card__title'>承诺事项</View>
              {s.commitments.map((c) => (
                <CommitmentRow key={c.commitmentId} c={c}>
                  <CompleteCommitment c={c} me={me} />
                </CommitmentRow>
              ))}
            </View>
          ) : null}
        </View>
      )}
    </Loadable>
  )
}

function Info({ s }: { s: SessionDetail }) {
  const signUp = useMutation('forum', 'signUpSession', {
    forPrincipal: true,
    invalidates: ['forum.session', 'forum.listSessions'],
  })
  return (
    <View className='card' data-testid='session-info'>
      <View className='title-l'>{s.title}</View>
      {s.status === 'cancelled' ? <Text className='tag tag--grey'>已取消</Text> : null}
      <View>{dateTime(s.startAt)}</View>
      <View>{s.place}</View>
      <View className='text-s muted'>
        主持：{s.hosts.map((h) => `${SIDE_LABELS[h.side]} ${h.name}`).join('、')}
      </View>
      <View className='text-s muted'>
        报名 {s.signupCount} 人{s.past ? ` · 到场 ${s.checkinCount} 人` : ''}
      </View>
      {!s.past && s.status === 'scheduled' ? (
        s.signedUp ? (
          <View className='banner banner--ok' data-testid='signed-up'>
            已报名{s.checkedIn ? '，已签到' : '。到场后扫组织者手机上的签到码'}
          </View>
        ) : (
          <Btn
            className='btn btn--primary'
            onClick={async () => (await signUp.run({ sessionId: s.sessionId })) && toastDone('报名成功')}
            data-testid='session-signup'
          >
            我要参加
          </Btn>
        )
      ) : null}
      {signUp.error ? <View className='danger text-s'>{signUp.error.message}</View> : null}
    </View>
  )
}

function StaffTools({ s }: { s: SessionDetail }) {
  const started = new Date(s.startAt).getTime() <= Date.now()
  return (
    <View className='card'>
      <View className='card__title'>工作人员</View>
      {s.checkInOpen ? (
        <Btn className='btn btn--primary' onClick={() => go(FORUM.door(s.sessionId))} data-testid='go-door'>
          出示签到码
        </Btn>
      ) : !s.past && s.status === 'scheduled' ? (
        <View className='text-s muted' data-testid='door-later'>
          开始前一小时起，在这里出示签到码，请到场的居民扫码签到。
        </View>
      ) : null}
      {started ? (
        <Btn
          className='btn btn--plain'
          onClick={() => go(FORUM.minutes(s.sessionId))}
          data-testid='go-minutes'
        >
          {s.minutes ? '修改纪要、补充承诺事项' : '记录纪要和承诺事项'}
        </Btn>
      ) : (
        <View className='text-s muted'>会后在这里记录纪要和承诺事项。</View>
      )}
    </View>
  )
}
