import { View } from '@tarojs/components'
import { Btn } from '@/components/Btn'
import { TextField } from '@/components/Field'
import type { ProfileEditor } from './useProfileEditor'

/** 功能室: each with a name and what it is used for. */
export function RoomsCard({ editor }: { editor: ProfileEditor }) {
  const { draft, error, addRoom, updateRoom, removeRoom } = editor
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
          <TextField
            label='名称'
            value={room.name}
            onChange={(name) => updateRoom(i, { name })}
            maxlength={20}
            placeholder='如：议事厅'
            error={error(`rooms.${i}.name`)}
          />
          <TextField
            label='用途'
            value={room.use}
            onChange={(use) => updateRoom(i, { use })}
            maxlength={60}
            placeholder='如：邻里夜话、三方协商'
            error={error(`rooms.${i}.use`)}
          />
        </View>
      ))}
      {error('rooms') ? <View className='field__error'>{error('rooms')}</View> : null}
      <Btn className='btn btn--ghost' onClick={addRoom} data-testid='add-room'>
        ＋ 添加功能室
      </Btn>
    </View>
  )
}
