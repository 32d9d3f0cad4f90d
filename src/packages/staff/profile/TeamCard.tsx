import { Input, View } from '@tarojs/components'
import type { Side } from '@contract/entities'
import { POST_LABELS, SIDE_LABELS } from '@contract/labels'
import { Choices, Field } from '@/components/Field'
import { useProfileEditor } from '@/stores/staff/profile'
import type { SeatDraft } from '@/stores/staff/profile'
import { Btn } from '@/components/Btn'
import { fieldError } from '../components/fieldError'

const POSTS = ['stationHead', 'deputyHead', 'member'] as const
const SIDE_CHOICES = ['none', 'partyBranch', 'ownersCommittee', 'propertyCompany', 'community'] as const
const SIDE_CHOICE_LABELS: Record<(typeof SIDE_CHOICES)[number], string> = { none: '不填', ...SIDE_LABELS }

/** 驿站班子: who sits on the station's team (三方交叉任职), as residents will read it. */
export function TeamCard() {
  const { draft, error, addSeat } = useProfileEditor()
  if (!draft) return null
  return (
    <View className='card' data-testid='profile-team'>
      <View className='card__title'>驿站班子</View>
      {draft.team.length === 0 ? <View className='muted text-s'>还没有班子成员</View> : null}
      {draft.team.map((seat, i) => (
        <SeatEditor key={i} index={i} seat={seat} />
      ))}
      {fieldError(error, 'team') ? <View className='field__error'>{fieldError(error, 'team')}</View> : null}
      <Btn className='btn btn--ghost' onClick={addSeat} data-testid='add-seat'>
        ＋ 添加班子成员
      </Btn>
    </View>
  )
}

function SeatEditor({ index, seat }: { index: number; seat: SeatDraft }) {
  const { error, updateSeat, removeSeat } = useProfileEditor()
  const err = (name: string) => fieldError(error, `team.${index}.${name}`)
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
      <Field label='姓名' error={err('name')}>
        <Input
          className={`input${err('name') ? ' input--error' : ''}`}
          value={seat.name}
          maxlength={20}
          onInput={(e) => updateSeat(index, { name: e.detail.value })}
        />
      </Field>
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
      <Field label='职务名称（居民看到的称呼）' error={err('title')}>
        <Input
          className={`input${err('title') ? ' input--error' : ''}`}
          value={seat.title}
          maxlength={30}
          placeholder='如：副站长 · 业委会主任'
          onInput={(e) => updateSeat(index, { title: e.detail.value })}
          data-testid={`seat-title-${index}`}
        />
      </Field>
    </View>
  )
}
