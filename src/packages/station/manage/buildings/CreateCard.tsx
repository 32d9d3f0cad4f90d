import { Input, Textarea, View } from '@tarojs/components'
import { useState } from 'react'
import { Btn } from '@/components/Btn'
import { Field } from '@/components/Field'
import { Tabs } from '@/components/Tabs'
import type { Form } from '@/data'
import { useForm, useMutation } from '@/data'
import { confirm, toastDone } from '@/platform/feedback'
import { thousands } from '@/utils/format'
import { buildingNames, EMPTY_GRID, gridProblems, householdCount, MAX_ROOMS_PER_CALL } from './grid'
import type { GridForm, NameMode } from './grid'

const MODES: { key: NameMode; label: string }[] = [
  { key: 'range', label: '按楼号' },
  { key: 'names', label: '按名称' },
]

/** Generates every home of a set of buildings: 楼栋 × 单元 × 楼层 × 每层户数. */
export function CreateCard() {
  const create = useMutation('station', 'createBuildings', {
    fields: ['names', 'units', 'floors', 'roomsPerFloor'],
    invalidates: ['station.listBuildings'],
  })
  const form = useForm<GridForm>(EMPTY_GRID, { check: gridProblems, mutations: [create] })
  const [created, setCreated] = useState<Created | null>(null)
  // A field shows its own problem, or the server's word on it or on one of its items (names.3).
  const err = (f: string) => form.error(f) ?? create.fieldErrorUnder(f)

  const submit = () =>
    form.submit(async (d) => {
      const summary = `将生成 ${buildingNames(d).length} 栋、${thousands(householdCount(d))} 户。已经有的房屋不会重复生成。`
      if (!(await confirm('确认生成？', summary))) return null
      const done = await create.run({
        names: buildingNames(d),
        units: Number(d.units),
        floors: Number(d.floors),
        roomsPerFloor: Number(d.roomsPerFloor),
      })
      setCreated(done)
      if (done) toastDone('已生成')
      return done
    })

  return (
    <View className='card' data-testid='create-buildings'>
      <View className='card__title'>批量生成楼栋</View>
      <View className='staff-line'>适合每层户数相同的楼。房号按“楼层+两位序号”生成，如 1801、1802。</View>
      <Tabs<NameMode>
        tabs={MODES}
        value={form.draft.mode}
        onChange={(mode) => form.set({ mode })}
        variant='segment'
        testId='name-mode'
      />
      <Names form={form} error={err('names')} />
      <Field label='每栋几个单元' error={err('units')}>
        <NumberInput form={form} name='units' error={err('units')} testId='grid-units' />
      </Field>
      <Field label='每栋几层' error={err('floors')}>
        <NumberInput
          form={form}
          name='floors'
          error={err('floors')}
          placeholder='如：18'
          testId='grid-floors'
        />
      </Field>
      <Field label='每层几户' error={err('roomsPerFloor')}>
        <NumberInput form={form} name='roomsPerFloor' error={err('roomsPerFloor')} testId='grid-rooms' />
      </Field>
      <GridPreview form={form.draft} />
      {form.formError ? <View className='banner banner--red'>{form.formError}</View> : null}
      {created ? <Outcome created={created} /> : null}
      <Btn className='btn btn--primary' disabled={form.busy} onClick={submit} data-testid='submit-create'>
        {form.busy ? '正在生成…' : '生成'}
      </Btn>
    </View>
  )
}

function Names({ form, error }: { form: Form<GridForm>; error: string | null }) {
  if (form.draft.mode === 'names') {
    return (
      <Field label='楼栋名称' hint='用逗号、空格或换行隔开，如：A座 B座 C座' error={error}>
        <Textarea
          className={`textarea${error ? ' input--error' : ''}`}
          value={form.draft.names}
          maxlength={2000}
          onInput={(e) => form.set({ names: e.detail.value })}
          data-testid='building-names'
        />
      </Field>
    )
  }
  return (
    <Field label='楼号范围' error={error}>
      <View className='staff-inline'>
        <View className='staff-gap'>第</View>
        <NumberInput form={form} name='from' error={error} placeholder='1' testId='range-from' />
        <View className='staff-gap'>栋 到 第</View>
        <NumberInput form={form} name='to' error={error} placeholder='如：9' testId='range-to' />
        <View>栋</View>
      </View>
    </Field>
  )
}

interface NumberInputProps {
  form: Form<GridForm>
  name: 'from' | 'to' | 'units' | 'floors' | 'roomsPerFloor'
  error: string | null
  placeholder?: string
  testId: string
}

function NumberInput({ form, name, error, placeholder, testId }: NumberInputProps) {
  return (
    <Input
      className={`input${error ? ' input--error' : ''}`}
      type='number'
      value={form.draft[name]}
      placeholder={placeholder}
      onInput={(e) => form.set({ [name]: e.detail.value })}
      data-testid={testId}
    />
  )
}

interface Created {
  buildingsCreated: number
  householdsCreated: number
  skipped: number
}

function Outcome({ created }: { created: Created }) {
  return (
    <View className='banner banner--ok' data-testid='create-result'>
      已完成：新建 {created.buildingsCreated} 栋、{thousands(created.householdsCreated)} 户
      {created.skipped ? `；另有 ${thousands(created.skipped)} 户原来就有，没有重复生成` : ''}
    </View>
  )
}

/** “将生成 N 户” before anything is sent. */
function GridPreview({ form }: { form: GridForm }) {
  const names = buildingNames(form)
  const count = householdCount(form)
  const tooMany = count > MAX_ROOMS_PER_CALL
  const which = names.length > 3 ? `${names[0]}…${names[names.length - 1]}` : names.join('、')
  return (
    <View className={`banner ${tooMany ? 'banner--red' : 'banner--info'}`} data-testid='grid-preview'>
      {count > 0
        ? `将生成 ${names.length} 栋（${which}），共 ${thousands(count)} 户`
        : '填好后这里会显示将生成多少户'}
      {tooMany ? `。一次最多 ${thousands(MAX_ROOMS_PER_CALL)} 户，请分批生成` : ''}
    </View>
  )
}
