import { Input, View } from '@tarojs/components'
import { Field } from '@/components/Field'
import { useProfileEditor } from '@/stores/staff/profile'
import { Btn } from '@/components/Btn'
import { fieldError } from '../components/fieldError'

/** 功能室: each with a name and what it is used for. */
export function RoomsCard() {
  const { draft, error, addRoom, updateRoom, removeRoom } = useProfileEditor()
  if (!draft) return null
  const err = (path: string) => fieldError(error, path)
  return (
    <View className='card' data-testid='profile-rooms'>
      <View className='card__title'>功能室</View>
      {draft.rooms.length === 0 ? <View className='muted text-s'>还没有功能室</View> : null}
      {draft.rooms.map((room, i) => (
        <View className='staff-sub' key={i} data-testid={`room-${i}`}>
          <View className='staff-sub__head'>
            <View>
              功能室 {i + 1}
              {room.name ? `：${room.name}` : ''}
            </View>
            <View className='staff-link' onClick={() => removeRoom(i)} data-testid={`remove-room-${i}`}>
              删除
            </View>
          </View>
          <Field label='名称' error={err(`rooms.${i}.name`)}>
            <Input
              className='input'
              value={room.name}
              maxlength={20}
              placeholder='如：议事厅'
              onInput={(e) => updateRoom(i, { name: e.detail.value })}
            />
          </Field>
          <Field label='用途' error={err(`rooms.${i}.use`)}>
            <Input
              className='input'
              value={room.use}
              maxlength={60}
              placeholder='如：邻里夜话、三方协商'
              onInput={(e) => updateRoom(i, { use: e.detail.value })}
            />
          </Field>
        </View>
      ))}
      {err('rooms') ? <View className='field__error'>{err('rooms')}</View> : null}
      <Btn className='btn btn--ghost' onClick={addRoom} data-testid='add-room'>
        ＋ 添加功能室
      </Btn>
    </View>
  )
}
