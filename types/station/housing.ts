/** Buildings, units and rooms: what residents pick when registering, and what staff set up. */
import * as z from 'zod'
import { returns } from '../contract'
import { flag, id, int, list, text } from '../fields'
import { HOUSING_LIMITS as L } from '../limits'

export interface BuildingView {
  buildingId: string
  name: string
  sort: number
  units: number
  householdCount: number
}

export interface RoomOption {
  householdId: string
  room: string
  floor: number
}

export interface ImportError {
  /** 1-based line in the pasted table. */
  line: number
  field: string
  message: string
}

export interface ImportResult {
  rows: number
  buildingsCreated: number
  householdsCreated: number
  /** Rows that already existed (importing twice creates nothing twice). */
  skipped: number
  errors: ImportError[]
  dryRun: boolean
}

export const housingActions = {
  listBuildings: { input: z.object({}), output: returns<{ items: BuildingView[] }>() },
  listRooms: {
    input: z.object({ buildingId: id('楼栋'), unit: int('单元', 1, L.unitsMax) }),
    output: returns<{ items: RoomOption[] }>(),
  },
  createBuildings: {
    input: z.object({
      names: list('楼栋名称', text('楼栋名称', L.buildingNameMax), L.buildingsPerCall, 1),
      units: int('每栋单元数', 1, L.unitsPerBuildingMax),
      floors: int('楼层数', 1, L.floorsMax),
      roomsPerFloor: int('每层户数', 1, L.roomsPerFloorMax),
    }),
    output: returns<{ buildingsCreated: number; householdsCreated: number; skipped: number }>(),
  },
  importHouseholds: {
    input: z.object({
      csv: text('表格内容', L.importChars),
      dryRun: flag('仅检查').default(false),
    }),
    output: returns<ImportResult>(),
  },
}
