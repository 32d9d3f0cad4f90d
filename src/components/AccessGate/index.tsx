import { View } from '@tarojs/components'
import type { ReactNode } from 'react'
import type { MeView, Permissions } from '@contract/station'
import { Btn } from '@/components/Btn'
import { Loadable } from '@/components/StateViews'
import { useMe } from '@/data'
import { goHome, restart } from '@/platform/nav'
import { useSession } from '@/stores/session'

interface Props {
  /** Who may use the page; the server checks again on every call. */
  allow(permissions: Permissions, me: MeView): boolean
  /** What to say to someone who may not. */
  deniedText?: string
  children(me: MeView): ReactNode
}

/**
 * Opens a page only for those it is for: knows who I am even when the page was opened directly
 * (a shared link, a reload), and says so in words — with a way home — when I may not use it.
 * Pages done as oneself are closed while acting for someone (代办).
 */
export function AccessGate({ allow, deniedText = '这个页面只有驿站工作人员可以使用', children }: Props) {
  const station = useSession((s) => s.station)
  const actingFor = useSession((s) => s.actingFor)
  const me = useMe()

  if (!station) {
    return (
      <Denied testId='gate-no-station' title='还没有进入驿站' text='请先扫描驿站二维码。'>
        <Btn className='btn btn--primary' onClick={restart}>
          去扫码进入
        </Btn>
      </Denied>
    )
  }
  if (actingFor) return <NotWhileActing name={actingFor.name} />
  return (
    <Loadable state={me} onRetry={me.reload}>
      {(view) =>
        allow(view.permissions, view) ? (
          <View className='staff-root'>{children(view)}</View>
        ) : (
          <Denied testId='gate-denied' title='无法使用' text={deniedText}>
            <HomeButton />
          </Denied>
        )
      }
    </Loadable>
  )
}

/** A page done as oneself: while acting for a neighbour (代办) it says it cannot be done for them. */
export function AsMyself({ children }: { children: ReactNode }) {
  const actingFor = useSession((s) => s.actingFor)
  return actingFor ? <NotWhileActing name={actingFor.name} /> : <>{children}</>
}

/** What a page someone acting for a neighbour cannot use on their behalf says instead. */
export function NotWhileActing({ name }: { name: string }) {
  const actFor = useSession((s) => s.actFor)
  return (
    <Denied
      testId='gate-acting'
      title='代办时不能用'
      text={`您正在代${name}办事，这一项不能代办。请先结束代办，再用您自己的身份办理。`}
    >
      <Btn className='btn btn--primary' onClick={() => actFor(null)}>
        结束代办
      </Btn>
      <HomeButton />
    </Denied>
  )
}

function HomeButton() {
  return (
    <Btn className='btn btn--ghost' onClick={goHome} data-testid='go-home'>
      回到首页
    </Btn>
  )
}

function Denied({
  testId,
  title,
  text,
  children,
}: {
  testId: string
  title: string
  text: string
  children: ReactNode
}) {
  return (
    <View className='state' data-testid={testId}>
      <View className='state__title'>{title}</View>
      <View>{text}</View>
      {children}
    </View>
  )
}
