import { View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import { devOpenid, isFreshGuest, setDevOpenid } from '@/services/devIdentity'
import { Btn } from '@/components/Btn'

interface DemoIdentity {
  openid: string
  name: string
  description: string
}

/**
 * Local cloud only: switch which demo person this browser is. Rendered only when LOCAL_CLOUD
 * is true (the local H5 build), so it never reaches the mini-program.
 */
export function DevSwitcher() {
  const [open, setOpen] = useState(false)
  const [people, setPeople] = useState<DemoIdentity[]>([])
  const current = devOpenid()

  useEffect(() => {
    if (people.length > 0) return
    fetch('/api/dev/identities')
      .then((r) => r.json())
      .then((list: DemoIdentity[]) => setPeople(list))
      .catch(() => setPeople([]))
  }, [people.length])

  const become = (openid: string) => {
    setDevOpenid(openid)
    window.location.reload()
  }

  const label = isFreshGuest(current) ? '新访客' : (people.find((p) => p.openid === current)?.name ?? current)

  return (
    <View className='dev-switcher' data-testid='dev-switcher'>
      {open ? (
        <View className='dev-switcher__panel'>
          <View className='dev-switcher__title'>本地演示：切换身份</View>
          <Btn
            className='btn btn--ghost'
            onClick={() => become(`guest-${Math.random().toString(36).slice(2, 10)}`)}
          >
            新访客（未登记）
          </Btn>
          {people.map((p) => (
            <Btn
              key={p.openid}
              className='btn btn--ghost'
              data-testid={`identity-${p.openid}`}
              onClick={() => become(p.openid)}
            >
              {p.name} · {p.description}
            </Btn>
          ))}
          <Btn className='btn btn--plain' onClick={() => setOpen(false)}>
            收起
          </Btn>
        </View>
      ) : (
        <View className='dev-switcher__pill' data-testid='dev-switcher-open' onClick={() => setOpen(true)}>
          身份：{label}
        </View>
      )}
    </View>
  )
}
