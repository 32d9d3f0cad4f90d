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

export const VOLUNTEER_LIMITS = {
  titleMax: 30,
  descriptionMax: 500,
  capacityMax: 2000,
  pointsMax: 1000,
  durationMaxHours: 24,
  geofenceMin: 50,
  geofenceMax: 5000,
  reasonMax: 100,
  rewardStockMax: 100000,
  perPersonMax: 100,
  storyMax: 300,
  /** Attendances one confirmHours call settles. */
  confirmBatch: 500,
} as const
