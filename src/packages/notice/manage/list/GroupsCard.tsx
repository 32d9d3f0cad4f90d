import { View } from '@tarojs/components'
import { Btn } from '@/components/Btn'
import { useMutation, useQuery } from '@/data'
import { confirm, toastDone } from '@/platform/feedback'

/** The building group chats bound so far, and how to bind one: open any notice card inside it. */
export function GroupsCard() {
  const groups = useQuery('notice', 'groups', {})
  const unbind = useMutation('notice', 'unbindGroup', { invalidates: ['notice.groups'] })
  const items = groups.data?.items ?? []
  const remove = async (groupId: string, name: string) => {
    if (!(await confirm('解除绑定', `「${name}」不再算作楼栋群，之后的通知不再统计从这个群打开的人数。`)))
      return
    if (await unbind.run({ groupId })) toastDone('已解除')
  }
  return (
    <View className='card' data-testid='bound-groups'>
      <View className='card__title'>楼栋群</View>
      {items.length === 0 ? <View className='muted'>还没有绑定楼栋群。</View> : null}
      {items.map((g) => (
        <View className='sub-row' key={g.groupId} data-testid={`group-${g.groupId}`}>
          <View>
            <View>{g.name}</View>
            <View className='text-s muted'>
              {g.buildingName} · {g.boundByName}绑定
            </View>
          </View>
          <Btn className='btn btn--ghost btn--small' onClick={() => remove(g.groupId, g.name)}>
            解除
          </Btn>
        </View>
      ))}
      <View className='text-s muted'>
        绑定方法：把任意一条通知转发到楼栋的微信群，再从群里点开这张卡片，按提示选择楼栋即可。
      </View>
      {unbind.formError ? <View className='danger'>{unbind.formError}</View> : null}
    </View>
  )
}
