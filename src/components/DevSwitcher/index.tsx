import { View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import { Btn } from '@/components/Btn'
import { devOpenid, isFreshGuest, lastGuest, newGuestId, setDevOpenid } from '@/platform/devIdentity'
import { useSession } from '@/stores/session'

interface DemoIdentity {
  openid: string
  name: string
  description: string
}

/**
 * Local cloud only: switch which demo person this browser is. Rendered only when LOCAL_CLOUD
 * is true (the local H5 build), so it never reaches the mini-program. One quiet line at the foot
 * of every page; each identity lands on a station they belong to, and the guest one was before
 * switching can be had back.
 */
export function DevSwitcher() {
  const [open, setOpen] = useState(false)
  const [people, setPeople] = useState<DemoIdentity[]>([])
  const current = devOpenid()

  useEffect(() => {
    fetch('/api/dev/identities')
      .then((r) => r.json())
      .then((list: DemoIdentity[]) => setPeople(list))
      .catch(() => setPeople([]))
  }, [])

  const label = isFreshGuest(current)
    ? '访客'
    : (people.find((p) => p.openid === current)?.name ?? '演示身份')

  if (!open) {
    return (
      <View className='dev-switcher__line' data-testid='dev-switcher-open' onClick={() => setOpen(true)}>
        本地演示 · 当前身份：{label} · 点此切换
      </View>
    )
  }
  return <Panel people={people} current={current} onClose={() => setOpen(false)} />
}

interface PanelProps {
  people: DemoIdentity[]
  current: string | null
  onClose(): void
}

function Panel({ people, current, onClose }: PanelProps) {
  const guest = lastGuest()
  const become = async (openid: string) => {
    setDevOpenid(openid)
    await useSession
      .getState()
      .followIdentity()
      .catch(() => undefined)
    // Start afresh on the home page, as this person opening the app.
    window.location.hash = '#/pages/home/index'
    window.location.reload()
  }
  return (
    <View className='dev-switcher__panel' data-testid='dev-switcher'>
      <View className='dev-switcher__title'>本地演示：切换身份</View>
      {guest ? (
        <Btn className='btn btn--primary' onClick={() => become(guest)} data-testid='identity-last-guest'>
          回到刚才的访客
        </Btn>
      ) : null}
      <Btn className='btn btn--ghost' onClick={() => become(newGuestId())} data-testid='identity-new-guest'>
        新访客（未登记）
      </Btn>
      {people.map((p) => (
        <Btn
          key={p.openid}
          className={`btn ${p.openid === current ? 'btn--plain' : 'btn--ghost'}`}
          data-testid={`identity-${p.openid}`}
          onClick={() => become(p.openid)}
        >
          {p.name} · {p.description}
        </Btn>
      ))}
      <Btn className='btn btn--plain' onClick={onClose} data-testid='dev-switcher-close'>
        收起
      </Btn>
    </View>
  )
}
