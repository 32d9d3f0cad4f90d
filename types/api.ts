/**
 * The API contract: for each cloud function, its actions (input schema and output type side by
 * side, see contract.ts). The front end imports this file with `import type` only, so zod never
 * reaches the app bundle. A new domain adds one line here.
 */
import type * as z from 'zod'
import type { forumContract } from './forum'
import type { noticeContract } from './notice'
import type { platformContract } from './platform'
import type { stationContract } from './station'
import type { volunteerContract } from './volunteer'
import type { wishContract } from './wish'

export interface Contract {
  station: typeof stationContract
  platform: typeof platformContract
  volunteer: typeof volunteerContract
  forum: typeof forumContract
  notice: typeof noticeContract
  wish: typeof wishContract
}

export type FnName = keyof Contract
export type ActionName<F extends FnName> = keyof Contract[F] & string
type Spec<F extends FnName, A extends ActionName<F>> = Contract[F][A] extends {
  input: infer I extends z.ZodType
  output: infer O
}
  ? { input: I; output: O }
  : never
export type InputOf<F extends FnName, A extends ActionName<F>> = z.input<Spec<F, A>['input']>
export type ParsedInputOf<F extends FnName, A extends ActionName<F>> = z.output<Spec<F, A>['input']>
export type OutputOf<F extends FnName, A extends ActionName<F>> = Spec<F, A>['output']

/** What the client sends as the cloud function's `data` (weapp) or POST body (H5). */
export interface CallRequest {
  action: string
  input: unknown
  /** The station the caller is acting in; authorisation still comes from the caller's membership. */
  stationId?: string
  /** A member the caller acts for as a consented stand-in (代办); checked server-side. */
  onBehalfOf?: string
}
