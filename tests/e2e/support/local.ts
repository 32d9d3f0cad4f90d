/**
 * Reaching the running app's local cloud from a test, beside the browser: an action called as a
 * demo identity (what the app's own client sends), and time passing, set directly on a record in
 * the local database over the wire wx-server-sdk itself speaks (`/admin`).
 */
import type { ActionName, FnName, InputOf, OutputOf } from '../../../types/api'
import type { RunningApp } from './server'

export const XINAN = 'st-xinan'

export async function callAs<F extends FnName, A extends ActionName<F>>(
  app: RunningApp,
  openid: string,
  fn: F,
  action: A,
  input: InputOf<F, A>,
): Promise<OutputOf<F, A>> {
  const res = await fetch(`${app.url}/api/${fn}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-dev-openid': openid },
    body: JSON.stringify({ action, input, stationId: XINAN }),
  })
  const body = (await res.json()) as { ok: boolean; data: unknown; error?: unknown }
  if (!body.ok) throw new Error(`${fn}.${action}: ${JSON.stringify(body.error)}`)
  return body.data as OutputOf<F, A>
}

/** Sets date fields of one record; fails the test unless exactly that record changed. */
export async function setDates(
  app: RunningApp,
  collection: string,
  id: string,
  values: Record<string, Date>,
) {
  const $set = Object.fromEntries(Object.entries(values).map(([k, v]) => [k, { $date: v.toISOString() }]))
  const res = await fetch(`${app.url}/admin`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      action: 'database.modifyDocument',
      collectionName: collection,
      queryType: 'WHERE',
      query: JSON.stringify({ _id: id }),
      data: JSON.stringify({ $set }),
      multi: false,
    }),
  })
  expect((await res.json()).data.updated).toBe(1)
}

/** A moment `minutes` from now (negative: ago). */
export const minutesFromNow = (minutes: number) => new Date(Date.now() + minutes * 60_000)
