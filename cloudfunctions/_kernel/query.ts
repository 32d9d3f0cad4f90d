import { database } from './cloud'

/** `field: inList(ids)` — the cloud's `_.in`. */
export function inList(values: unknown[]) {
  return database().command.in(values)
}

export function command() {
  return database().command
}
