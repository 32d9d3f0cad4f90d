/**
 * 批量生成楼栋: the pattern a compound's homes follow (楼栋 1 to 9 × units × floors × rooms per
 * floor), what is wrong with it before sending, and how many homes it makes. The limits are the
 * server's own (@contract/limits), so the form says no before the server would.
 */
import { HOUSING_LIMITS as L } from '@contract/limits'
import type { Problems } from '@/data'

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

export const EMPTY_GRID: GridForm = {
  mode: 'range',
  from: '1',
  to: '',
  names: '',
  units: '1',
  floors: '',
  roomsPerFloor: '2',
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
    to - from >= L.buildingsPerCall
  )
    return []
  return Array.from({ length: to - from + 1 }, (_, i) => `${from + i}栋`)
}

function namesProblem(form: GridForm): string | undefined {
  const tooMany = `一次最多${L.buildingsPerCall}栋，请分批生成`
  if (form.mode === 'range') {
    const from = Number(form.from)
    const to = Number(form.to)
    if (!form.from || !form.to) return '请填写从第几栋到第几栋'
    if (!Number.isInteger(from) || !Number.isInteger(to) || from < 1) return '楼栋编号应是正整数'
    if (to < from) return '结束的楼栋号不能小于开始的'
    if (to - from >= L.buildingsPerCall) return tooMany
    return undefined
  }
  const names = buildingNames(form)
  if (names.length === 0) return '请填写楼栋名称'
  if (names.length > L.buildingsPerCall) return tooMany
  if (names.some((n) => n.length > L.buildingNameMax)) return `每个楼栋名称不超过${L.buildingNameMax}个字`
  return undefined
}

function bound(value: string, label: string, max: number): string | undefined {
  const n = Number(value)
  if (!value || !Number.isInteger(n) || n < 1 || n > max) return `${label}应是1到${max}之间的整数`
  return undefined
}

/** What is wrong with the form before sending, by the server's field names. */
export function gridProblems(form: GridForm): Problems {
  return {
    names: namesProblem(form),
    units: bound(form.units, '单元数', L.unitsPerBuildingMax),
    floors: bound(form.floors, '楼层数', L.floorsMax),
    roomsPerFloor: bound(form.roomsPerFloor, '每层户数', L.roomsPerFloorMax),
  }
}

export function householdCount(form: GridForm): number {
  return (
    buildingNames(form).length *
    (Number(form.units) || 0) *
    (Number(form.floors) || 0) *
    (Number(form.roomsPerFloor) || 0)
  )
}

export const MAX_ROOMS_PER_CALL = L.roomsPerCall
