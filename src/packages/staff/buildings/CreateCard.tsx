import { Input, Textarea, View } from '@tarojs/components'
import { useState } from 'react'
import { Field } from '@/components/Field'
import type { CallError } from '@/services/cloud'
import { confirm } from '@/services/platform'
import { showError, toastDone } from '@/services/platform/feedback'
import {
  buildingNames,
  gridProblems,
  householdCount,
  MAX_ROOMS_PER_CALL,
  useHousing,
} from '@/stores/staff/housing'
import type { NameMode } from '@/stores/staff/housing'
import { Btn } from '@/components/Btn'
import { Tabs } from '../components/Tabs'
import { thousands } from '../components/format'

const MODES: { key: NameMode; label: string }[] = [
  { key: 'range', label: '按楼号' },
  { key: 'names', label: '按名称' },
]

type GridField = 'names' | 'units' | 'floors' | 'roomsPerFloor'

/** Generates every home of a set of buildings: 楼栋 × 单元 × 楼层 × 每层户数. */
export function CreateCard() {
  const { form, creating, createError, setForm, create } = useHousing()
  const [tried, setTried] = useState(false)
  const problems = gridProblems(form)
  const err = (f: GridField) => (tried ? problems[f] : null) ?? serverError(createError, f)

  const submit = async () => {
    setTried(true)
    if (Object.keys(problems).length > 0) return showError('请先把标红的内容填好')
    const summary = `将生成 ${buildingNames(form).length} 栋、${thousands(householdCount(form))} 户。已经有的房屋不会重复生成。`
    if (!(await confirm('确认生成？', summary))) return
    if (await create()) return toastDone('已生成')
    const e = useHousing.getState().createError
    if (e && !e.field) showError(e.message)
  }
  const num = (key: GridField | 'from' | 'to') => ({
    className: `input${err(key === 'from' || key === 'to' ? 'names' : key) ? ' input--error' : ''}`,
    type: 'number' as const,
    value: form[key],
    onInput: (e: { detail: { value: string } }) => setForm({ [key]: e.detail.value }),
  })

  return (
    <View className='card' data-testid='create-buildings'>
      <View className='card__title'>批量生成楼栋</View>
      <View className='staff-line'>适合每层户数相同的楼。房号按“楼层+两位序号”生成，如 1801、1802。</View>
      <Tabs<NameMode>
        tabs={MODES}
        value={form.mode}
        onChange={(mode) => setForm({ mode })}
        variant='segment'
        testId='name-mode'
      />
      {form.mode === 'range' ? (
        <Field label='楼号范围' error={err('names')}>
          <View className='staff-inline'>
            <View className='staff-gap'>第</View>
            <Input {...num('from')} placeholder='1' data-testid='range-from' />
            <View className='staff-gap'>栋 到 第</View>
            <Input {...num('to')} placeholder='如：9' data-testid='range-to' />
            <View>栋</View>
          </View>
        </Field>
      ) : (
        <Field label='楼栋名称' hint='用逗号、空格或换行隔开，如：A座 B座 C座' error={err('names')}>
          <Textarea
            className={`textarea${err('names') ? ' input--error' : ''}`}
            value={form.names}
            maxlength={2000}
            onInput={(e) => setForm({ names: e.detail.value })}
            data-testid='building-names'
          />
        </Field>
      )}
      <Field label='每栋几个单元' error={err('units')}>
        <Input {...num('units')} data-testid='grid-units' />
      </Field>
      <Field label='每栋几层' error={err('floors')}>
        <Input {...num('floors')} placeholder='如：18' data-testid='grid-floors' />
      </Field>
      <Field label='每层几户' error={err('roomsPerFloor')}>
        <Input {...num('roomsPerFloor')} data-testid='grid-rooms' />
      </Field>
      <GridPreview />
      <CreateOutcome />
      <Btn className='btn btn--primary' disabled={creating} onClick={submit} data-testid='submit-create'>
        {creating ? '正在生成…' : '生成'}
      </Btn>
    </View>
  )
}

/** The server names `names`, `names.3`, `units`…; show it under that field. */
function serverError(error: CallError | null, field: GridField): string | null {
  if (!error?.field) return null
  return error.field === field || error.field.startsWith(`${field}.`) ? error.message : null
}

/** “将生成 N 户” before anything is sent. */
function GridPreview() {
  const form = useHousing((s) => s.form)
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

function CreateOutcome() {
  const { createError, created } = useHousing()
  if (createError && !createError.field)
    return <View className='banner banner--red'>{createError.message}</View>
  if (!created) return null
  return (
    <View className='banner banner--ok' data-testid='create-result'>
      已完成：新建 {created.buildingsCreated} 栋、{thousands(created.householdsCreated)} 户
      {created.skipped ? `；另有 ${thousands(created.skipped)} 户原来就有，没有重复生成` : ''}
    </View>
  )
}
