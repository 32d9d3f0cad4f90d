/**
 * Limits the server enforces and the app tells people before they send. Pure data, so the
 * cloud functions' schemas and the app's forms read the same numbers (the app imports it as a value).
 */
export const HOUSING_LIMITS = {
  buildingNameMax: 20,
  buildingsPerCall: 100,
  unitsPerBuildingMax: 20,
  /** A unit number a resident may pick (existing compounds sometimes number past 20). */
  unitsMax: 30,
  floorsMax: 60,
  roomsPerFloorMax: 20,
  roomsPerCall: 5000,
  importRows: 5000,
  importChars: 90000,
} as const

export const PERSON_LIMITS = {
  nameMax: 20,
} as const

export const NOTICE_LIMITS = {
  titleMax: 40,
  bodyMax: 2000,
  /** Longest a notice may stay up, in days from today. */
  expiresWithinDays: 366,
  groupNameMax: 20,
} as const

/** 微心愿: text lengths, and the station settings' bounds and defaults. */
export const WISH_LIMITS = {
  titleMax: 30,
  descriptionMax: 500,
  addressNoteMax: 50,
  noteMax: 200,
  thanksMax: 200,
  reasonMax: 200,
  /** How far ahead a needed-by day may be. */
  neededByMaxDays: 180,
  claimTimeoutDays: { min: 1, max: 60, default: 7 },
  autoConfirmDays: { min: 1, max: 60, default: 7 },
  pointsPerWish: { min: 0, max: 1000, default: 10 },
} as const
