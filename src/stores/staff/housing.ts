/**
 * 楼栋与房屋: set up a compound's buildings and homes, either generated from a pattern
 * (楼栋 1 to 9 × units × floors × rooms per floor) or imported from a pasted table that is
 * checked first. Creating twice never makes a home twice; the server counts what existed.
 */
import { create } from 'zustand'
import type { ImportResult } from '@contract/station'
import { call } from '@/services/cloud'
import type { CallError } from '@/services/cloud'
import { asCallError } from '../async'
import { useBuildings } from './buildings'

export type NameMode = 'range' | 'names'

export interface GridForm {
  mode: NameMode
  from: string
  to: string
  names: string
  units: string
  floors: string
  roomsPerFloor: string
}

export interface CreateResult {
  buildingsCreated: number
  householdsCreated: number
  skipped: number
}

/** The server's limits, so the form can say so before sending. */
export const MAX_BUILDINGS_PER_CALL = 100
export const MAX_ROOMS_PER_CALL = 5000

interface HousingState {
  form: GridForm
  creating: boolean
  createError: CallError | null
  created: CreateResult | null
  setForm(p: Partial<GridForm>): void
  create(): Promise<CreateResult | null>

  csv: string
  /** The dry run of exactly `csv`; editing the text clears it. */
  checked: ImportResult | null
  imported: ImportResult | null
  importing: 'check' | 'import' | null
  importError: CallError | null
  setCsv(csv: string): void
  check(): Promise<void>
  importTable(): Promise<ImportResult | null>
}

/** Building names the form describes, e.g. 1栋…6栋, or the typed names. */
export function buildingNames(form: GridForm): string[] {
  if (form.mode === 'names')
    return [
      ...new Set(
        form.names
          .split(/[,，、;；\s]+/)
          .map((n) => n.trim())
          .filter(Boolean),
      ),
    ]
  const from = Number(form.from)
  const to = Number(form.to)
  if (
    !Number.isInteger(from) ||
    !Number.isInteger(to) ||
    from < 1 ||
    to < from ||
    to - from >= MAX_BUILDINGS_PER_CALL
  )
    return []
  return Array.from({ length: to - from + 1 }, (_, i) => `${from + i}栋`)
}

/** What is wrong with the form before sending, by field; empty when it can be sent. */
export function gridProblems(
  form: GridForm,
): Partial<Record<'names' | 'units' | 'floors' | 'roomsPerFloor', string>> {
  const problems: Partial<Record<'names' | 'units' | 'floors' | 'roomsPerFloor', string>> = {}
  const names = buildingNames(form)
  if (form.mode === 'range') {
    const from = Number(form.from)
    const to = Number(form.to)
    if (!form.from || !form.to) problems.names = '请填写从第几栋到第几栋'
    else if (!Number.isInteger(from) || !Number.isInteger(to) || from < 1)
      problems.names = '楼栋编号应是正整数'
    else if (to < from) problems.names = '结束的楼栋号不能小于开始的'
    else if (to - from >= MAX_BUILDINGS_PER_CALL)
      problems.names = `一次最多${MAX_BUILDINGS_PER_CALL}栋，请分批生成`
  } else if (names.length === 0) problems.names = '请填写楼栋名称'
  else if (names.length > MAX_BUILDINGS_PER_CALL)
    problems.names = `一次最多${MAX_BUILDINGS_PER_CALL}栋，请分批生成`
  else if (names.some((n) => n.length > 20)) problems.names = '每个楼栋名称不超过20个字'
  const bound = (key: 'units' | 'floors' | 'roomsPerFloor', label: string, max: number) => {
    const n = Number(form[key])
    if (!form[key] || !Number.isInteger(n) || n < 1 || n > max)
      problems[key] = `${label}应是1到${max}之间的整数`
  }
  bound('units', '单元数', 20)
  bound('floors', '楼层数', 60)
  bound('roomsPerFloor', '每层户数', 20)
  return problems
}

export function householdCount(form: GridForm): number {
  return (
    buildingNames(form).length *
    (Number(form.units) || 0) *
    (Number(form.floors) || 0) *
    (Number(form.roomsPerFloor) || 0)
  )
}

const EMPTY_FORM: GridForm = {
  mode: 'range',
  from: '1',
  to: '',
  names: '',
  units: '1',
  floors: '',
  roomsPerFloor: '2',
}

export const useHousing = create<HousingState>((set, get) => ({
  form: EMPTY_FORM,
  creating: false,
  createError: null,
  created: null,
  setForm: (p) => set({ form: { ...get().form, ...p }, createError: null, created: null }),

  async create() {
    const form = get().form
    set({ creating: true, createError: null, created: null })
    try {
      const created = await call('station', 'createBuildings', {
        names: buildingNames(form),
        units: Number(form.units),
        floors: Number(form.floors),
        roomsPerFloor: Number(form.roomsPerFloor),
      })
      set({ created })
      useBuildings.getState().load()
      return created
    } catch (err) {
      set({ createError: asCallError(err) })
      return null
    } finally {
      set({ creating: false })
    }
  },

  csv: '',
  checked: null,
  imported: null,
  importing: null,
  importError: null,
  setCsv: (csv) => set({ csv, checked: null, imported: null, importError: null }),

  async check() {
    set({ importing: 'check', importError: null, imported: null })
    try {
      set({ checked: await call('station', 'importHouseholds', { csv: get().csv, dryRun: true }) })
    } catch (err) {
      set({ importError: asCallError(err) })
    } finally {
      set({ importing: null })
    }
  },

  async importTable() {
    set({ importing: 'import', importError: null })
    try {
      const imported = await call('station', 'importHouseholds', { csv: get().csv, dryRun: false })
      // A row may have gone wrong since the check; then nothing was written and the errors show.
      set(imported.errors.length ? { checked: imported } : { imported })
      if (!imported.errors.length) useBuildings.getState().load()
      return imported
    } catch (err) {
      set({ importError: asCallError(err) })
      return null
    } finally {
      set({ importing: null })
    }
  },
}))
