/**
 * Reads the household table staff paste from a spreadsheet: 楼栋,单元,房号[,楼层] per line,
 * separated by commas (, or ，) or tabs, with an optional header row. Every problem is reported
 * with its line and column, so staff can fix the sheet and paste again.
 */
import type { ImportError } from '../../types/station'
import { floorOf } from './housing'
import type { RoomSpec } from './housing'

export const MAX_IMPORT_ROWS = 5000
/** Enough to fix a sheet by; the rest are counted, keeping the answer small. */
export const MAX_LISTED_ERRORS = 200

export interface ParsedTable {
  rows: RoomSpec[]
  errors: ImportError[]
}

const HEADER = /楼栋|楼号|building/i

export function parseHouseholdTable(text: string): ParsedTable {
  const lines = text.replace(/\r\n?/g, '\n').split('\n')
  const rows: RoomSpec[] = []
  const errors: ImportError[] = []
  const seen = new Map<string, number>()
  lines.forEach((raw, index) => {
    const line = index + 1
    if (!raw.trim() || (index === 0 && HEADER.test(raw))) return
    const parsed = parseLine(raw, line)
    if ('error' in parsed) return void errors.push(parsed.error)
    const key = `${parsed.row.building}|${parsed.row.unit}|${parsed.row.room}`
    const first = seen.get(key)
    if (first) return void errors.push({ line, field: '房号', message: `与第${first}行重复` })
    seen.set(key, line)
    rows.push(parsed.row)
  })
  if (rows.length + errors.length > MAX_IMPORT_ROWS) {
    errors.unshift({ line: 0, field: '表格', message: `一次最多导入${MAX_IMPORT_ROWS}行，请分批导入` })
  }
  if (rows.length === 0 && errors.length === 0) errors.push({ line: 0, field: '表格', message: '表格是空的' })
  if (errors.length > MAX_LISTED_ERRORS) {
    const hidden = errors.length - MAX_LISTED_ERRORS
    errors.splice(MAX_LISTED_ERRORS, hidden, {
      line: 0,
      field: '表格',
      message: `另有${hidden}处错误未列出，请先改正以上错误`,
    })
  }
  return { rows, errors }
}

function parseLine(raw: string, line: number): { row: RoomSpec } | { error: ImportError } {
  const cells = raw.split(/[,，\t]/).map((c) =>
    c
      .trim()
      .replace(/^"(.*)"$/, '$1')
      .trim(),
  )
  if (cells.length < 3) return { error: { line, field: '格式', message: '每行应有 楼栋、单元、房号 三列' } }
  const building = normaliseBuilding(cells[0])
  if (!building) return { error: { line, field: '楼栋', message: '楼栋应填写如“3栋”或“3”，不超过20个字' } }
  const unit = Number(cells[1].replace(/单元$/, ''))
  if (!Number.isInteger(unit) || unit < 1 || unit > 30)
    return { error: { line, field: '单元', message: '单元应是1到30之间的数字' } }
  const room = cells[2].replace(/室$/, '')
  if (!/^[0-9A-Za-z-]{1,10}$/.test(room))
    return { error: { line, field: '房号', message: '房号应是数字或字母，如1801' } }
  const floorCell = cells[3] ?? ''
  const floor = floorCell ? Number(floorCell.replace(/[层楼]$/, '')) : floorOf(room)
  if (!Number.isInteger(floor) || floor < -5 || floor > 200)
    return { error: { line, field: '楼层', message: '楼层应是整数' } }
  return { row: { building, unit, room, floor } }
}

function normaliseBuilding(cell: string): string | null {
  const name = /^\d+$/.test(cell) ? `${cell}栋` : cell.replace(/号楼$/, '栋')
  return name.length >= 1 && name.length <= 20 ? name : null
}
