import { View } from '@tarojs/components'
import type { Side } from '@contract/entities'
import { POST_LABELS, SIDE_LABELS, SIDE_OPTIONS } from '@contract/labels'
import { Btn } from '@/components/Btn'
import { Choices, Field, TextField } from '@/components/Field'
import type { ProfileEditor, SeatDraft } from './useProfileEditor'

const POSTS = ['stationHead', 'deputyHead', 'member'] as const
const SIDE_CHOICES = ['none', ...SIDE_OPTIONS] as const
const SIDE_CHOICE_LABELS: Record<(typeof SIDE_CHOICES)[number], string> = { none: '不填', ...SIDE_LABELS }

/** 驿站班子: who sits on the station's team (三方交叉任职), as residents will read it. */
export function TeamCard({ editor }: { editor: ProfileEditor }) {
  const { draft, error, addSeat } = editor
  return (
    <View className='card' data-testid='profile-team'>
      <View className='card__title'>驿站班子</View>
      {draft.team.length === 0 ? <View className='muted text-s'>还没有班子成员</View> : null}
      {draft.team.map((seat, i) => (
        <SeatEditor key={i} index={i} seat={seat} editor={editor} />
      ))}
      {error('team') ? <View className='field__error'>{error('team')}</View> : null}
      <Btn className='btn btn--ghost' onClick={addSeat} data-testid='add-seat'>
        ＋ 添加班子成员
      </Btn>
    </View>
  )
}

function SeatEditor({ index, seat, editor }: { index: number; seat: SeatDraft; editor: ProfileEditor }) {
  const { updateSeat, removeSeat } = editor
  const err = (name: string) => editor.error(`team.${index}.${name}`)
  return (
    <View className='staff-sub' data-testid={`seat-${index}`}>
      <View className='staff-sub__head'>
        <View>
          成员 {index + 1}
          {seat.name ? `：${seat.name}` : ''}
        </View>
        <View className='staff-link' onClick={() => removeSeat(index)} data-testid={`remove-seat-${index}`}>
          删除
        </View>
      </View>
      <TextField
        label='姓名'
        value={seat.name}
        onChange={(name) => updateSeat(index, { name })}
        maxlength={20}
        error={err('name')}
      />
      <Field label='职务' error={err('post')}>
        <Choices
          options={POSTS}
          labels={POST_LABELS}
          value={seat.post}
          onChange={(post) => updateSeat(index, { post })}
        />
      </Field>
      <Field label='来自哪一方（选填）' error={err('side')}>
        <Choices
          options={SIDE_CHOICES}
          labels={SIDE_CHOICE_LABELS}
          value={seat.side ?? 'none'}
          onChange={(v) => updateSeat(index, { side: v === 'none' ? null : (v as Side) })}
        />
      </Field>
      <TextField
        label='职务名称（居民看到的称呼）'
        value={seat.title}
        onChange={(title) => updateSeat(index, { title })}
        maxlength={30}
        placeholder='如：副站长 · 业委会主任'
        error={err('title')}
        testId={`seat-title-${index}`}
      />
    </View>
  )
}
