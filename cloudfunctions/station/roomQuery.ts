/**
 * Reading a room out of what staff type in the search box: "301", "1栋301", "1-1-301",
 * "1栋1单元301室". People search for a neighbour by where they live as often as by name.
 */
export interface RoomQuery {
  building: string | null
  unit: number | null
  room: string
}

const ROOM =
  /^(?:(\d{1,4})\s*(?:栋|幢|号楼|-|－)\s*)?(?:(\d{1,2})\s*(?:单元|-|－)\s*)?(\d{2,5})\s*(?:室|号)?$/

export function parseRoomQuery(q: string): RoomQuery | null {
  const m = ROOM.exec(q.replace(/\s+/g, ''))
  if (!m) return null
  return { building: m[1] ?? null, unit: m[2] ? Number(m[2]) : null, room: m[3] }
}

/** "3" matches the building named 3栋 / 3幢 / 3号楼 / 3. */
export function buildingNameMatches(name: string, number: string): boolean {
  return new RegExp(`^0*${Number(number)}(栋|幢|号楼)?$`).test(name)
}
