import { Picker, View } from '@tarojs/components'
import dayjs from 'dayjs'
import type { RewardView } from '@contract/volunteer'
import { Btn } from '@/components/Btn'
import { Choices, Field, TextAreaField, TextField } from '@/components/Field'
import { useForm, useMutation } from '@/data'
import { toastDone } from '@/platform/feedback'
import { shortDate } from '@/utils/format'

interface Draft {
  title: string
  description: string
  provider: string
  cost: string
  stock: string
  perPersonLimit: string
  validUntil: string
  active: 'yes' | 'no'
}

function draftOf(existing: RewardView | null): Draft {
  if (!existing)
    return {
      title: '',
      description: '',
      provider: '',
      cost: '10',
      stock: '10',
      perPersonLimit: '1',
      validUntil: dayjs().add(3, 'month').format('YYYY-MM-DD'),
      active: 'yes',
    }
  return {
    title: existing.title,
    description: existing.description,
    provider: existing.provider,
    cost: String(existing.cost),
    stock: '0',
    perPersonLimit: String(existing.perPersonLimit),
    validUntil: dayjs(existing.validUntil).format('YYYY-MM-DD'),
    active: existing.status === 'withdrawn' ? 'no' : 'yes',
  }
}

const num = (s: string) => (/^-?\d{1,6}$/.test(s) ? Number(s) : NaN)

/** One reward: on create its stock; on edit, how many to add (or take away). */
export function RewardForm({
  staff,
  existing,
  onDone,
}: {
  staff: boolean
  existing: RewardView | null
  onDone(): void
}) {
  const save = useMutation('volunteer', 'saveReward', {
    invalidates: ['volunteer.manageRewards', 'volunteer.listRewards'],
  })
  const form = useForm<Draft>(() => draftOf(existing), {
    mutations: [save],
    check: (d) => ({
      title: d.title.trim() ? undefined : '请填写名称',
      provider: !staff || d.provider.trim() ? undefined : '请填写提供方',
      cost: num(d.cost) > 0 ? undefined : '请填写所需积分',
      stock: Number.isNaN(num(d.stock)) ? '请填写数量' : undefined,
      perPersonLimit: num(d.perPersonLimit) > 0 ? undefined : '请填写每人限兑张数',
    }),
  })
  const d = form.draft
  return (
    <View className='card' data-testid='reward-form'>
      <TextField
        label='名称'
        required
        value={d.title}
        onChange={(title) => form.set({ title })}
        maxlength={30}
        error={form.error('title')}
      />
      {staff ? (
        <TextField
          label='提供方'
          required
          hint='例如 馨安物业、老街理发店；商家只能核销自己店的券'
          value={d.provider}
          onChange={(provider) => form.set({ provider })}
          maxlength={30}
          error={form.error('provider')}
        />
      ) : null}
      <TextField
        label='所需积分'
        required
        type='number'
        value={d.cost}
        onChange={(cost) => form.set({ cost })}
        maxlength={5}
        error={form.error('cost')}
      />
      <TextField
        label={existing ? `增加库存（现有 ${existing.stock}，减少填负数）` : '库存'}
        required
        value={d.stock}
        onChange={(stock) => form.set({ stock })}
        maxlength={6}
        error={form.error('stock')}
      />
      <TextField
        label='每人限兑'
        required
        type='number'
        value={d.perPersonLimit}
        onChange={(perPersonLimit) => form.set({ perPersonLimit })}
        maxlength={3}
        error={form.error('perPersonLimit')}
      />
      <Field label='有效期至' error={form.error('validUntil')}>
        <Picker mode='date' value={d.validUntil} onChange={(e) => form.set({ validUntil: e.detail.value })}>
          <View className='picker'>{shortDate(d.validUntil)}</View>
        </Picker>
      </Field>
      <Field label='状态'>
        <Choices
          options={['yes', 'no'] as const}
          labels={{ yes: '上架', no: '下架' }}
          value={d.active}
          onChange={(active) => form.set({ active })}
        />
      </Field>
      <TextAreaField
        label='使用说明'
        value={d.description}
        onChange={(description) => form.set({ description })}
        maxlength={200}
        error={form.error('description')}
      />
      {form.formError ? <View className='banner banner--warn'>{form.formError}</View> : null}
      <View className='vol-actions'>
        <Btn className='btn btn--ghost' onClick={onDone}>
          返回
        </Btn>
        <Btn
          className='btn btn--primary'
          onClick={() =>
            form.submit(async (v) => {
              const res = await save.run({
                ...(existing ? { rewardId: existing.rewardId } : {}),
                title: v.title,
                description: v.description,
                provider: v.provider,
                cost: num(v.cost),
                stock: num(v.stock),
                perPersonLimit: num(v.perPersonLimit),
                validUntil: `${v.validUntil}T23:59:59+08:00`,
                active: v.active === 'yes',
              })
              if (res) {
                toastDone('已保存')
                onDone()
              }
              return res
            })
          }
        >
          保存
        </Btn>
      </View>
    </View>
  )
}
