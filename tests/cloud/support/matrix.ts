/**
 * The authorization matrix every domain writes as one table: each action × who is asking. Each
 * cell uses valid input (and, where needed, a valid situation made by `arrange`) so the only
 * reason to refuse is the caller. Allowed cells answer ok; refused cells answer with the code in
 * the table and a Chinese message, and write nothing. A cell that wrote leaves the next one a
 * freshly seeded cloud. The table must have exactly one row per action of the function.
 */
import type { ActionName, FnName } from '../../../types/api'
import type { ErrorCode } from '../../../types/errors'
import type { TestCloud } from './cloud'
import { changedCollections, CHINESE, errorOf } from './helpers'

/** NOT_FOUND: the record exists, but whether it does is not the caller's to know (a notice to other buildings). */
export type Outcome = 'ok' | Extract<ErrorCode, 'FORBIDDEN' | 'NOT_MEMBER' | 'UNAUTHENTICATED' | 'NOT_FOUND'>
export const ok = 'ok'
export const F = 'FORBIDDEN'
export const NM = 'NOT_MEMBER'
export const NF = 'NOT_FOUND'

export interface MatrixRow<F extends FnName, W extends string> {
  action: ActionName<F>
  /** One outcome per column, in the order of `who`. */
  cells: Outcome[]
  input: (who: W) => Record<string, unknown>
  /** Puts the station in a state where the call is valid, before the "nothing written" snapshot. */
  arrange?: (t: TestCloud, who: W) => Promise<void>
  /** Extra call fields (e.g. another station, or `onBehalfOf`) for this row. */
  extra?: (who: W) => { stationId?: string; onBehalfOf?: string }
}

export interface MatrixSpec<F extends FnName, W extends string> {
  fn: F
  /** The function's action table (its index.ts `actions`): every action needs a row. */
  actions: Record<string, unknown>
  /** Column name → the OPENID that asks (null: no WeChat identity). */
  who: Record<W, string | null>
  rows: MatrixRow<F, W>[]
  /** A freshly seeded cloud (called at start and after every cell that wrote). */
  seeded: () => Promise<TestCloud>
}

export const same = (input: Record<string, unknown>) => () => input

export function authorizationMatrix<F extends FnName, W extends string>(spec: MatrixSpec<F, W>) {
  const columns = Object.keys(spec.who) as W[]
  let t: TestCloud
  let pristine: string
  beforeAll(async () => {
    t = await spec.seeded()
    pristine = t.snapshot()
  })
  afterAll(() => t.stop())
  afterEach(async () => {
    if (t.snapshot() === pristine) return
    await t.stop()
    t = await spec.seeded()
  })

  test(`the ${spec.fn} matrix has one row for every action, and one cell per column`, () => {
    expect(spec.rows.map((r) => r.action).sort()).toEqual(Object.keys(spec.actions).sort())
    for (const row of spec.rows) expect([row.action, row.cells.length]).toEqual([row.action, columns.length])
  })

  describe.each(spec.rows)(`${spec.fn}.$action`, (row) => {
    test.each(columns.map((who, i) => [who, row.cells[i]] as const))('as %s: %s', async (who, expected) => {
      await row.arrange?.(t, who)
      const before = t.snapshot()
      const res = await t.call(spec.who[who], spec.fn, row.action, row.input(who) as never, row.extra?.(who))
      if (expected === 'ok') {
        if (!res.ok)
          throw new Error(`expected ok, got ${res.error.code} ${res.error.message} ${res.error.field ?? ''}`)
        return
      }
      const error = errorOf(res)
      expect(error.code).toBe(expected)
      expect(error.message).toMatch(CHINESE)
      expect(changedCollections(before, t.snapshot())).toEqual([])
    })
  })
}
