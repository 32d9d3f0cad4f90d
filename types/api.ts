/**
 * The API contract: for each cloud function, its actions' input schemas and output types.
 * The front end imports this file with `import type` only, so zod never reaches the app bundle.
 */
import type { z } from 'zod'
import type { stationInputs, StationOutputs } from './station'
import type { platformInputs, PlatformOutputs } from './platform'

interface FunctionContract<I extends Record<string, z.ZodType>, O extends { [K in keyof I]: unknown }> {
  inputs: I
  outputs: O
}

export interface Contract {
  station: FunctionContract<typeof stationInputs, StationOutputs>
  platform: FunctionContract<typeof platformInputs, PlatformOutputs>
}

export type FnName = keyof Contract
export type ActionName<F extends FnName> = keyof Contract[F]['inputs'] & keyof Contract[F]['outputs'] & string
export type InputOf<F extends FnName, A extends ActionName<F>> = z.input<Contract[F]['inputs'][A]>
export type ParsedInputOf<F extends FnName, A extends ActionName<F>> = z.output<Contract[F]['inputs'][A]>
export type OutputOf<F extends FnName, A extends ActionName<F>> = Contract[F]['outputs'][A]

/** What the client sends as the cloud function's `data` (weapp) or POST body (H5). */
export interface CallRequest {
  action: string
  input: unknown
  /** The station the caller is acting in; authorisation still comes from the caller's membership. */
  stationId?: string
  /** A member the caller acts for as a consented stand-in (代办); checked server-side. */
  onBehalfOf?: string
}
