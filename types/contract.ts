/**
 * How a function's contract is written: each action's input schema beside the output type it
 * answers with, so a reader finds both in one place. The output is a type only (`returns<T>()`
 * carries no value the app could depend on).
 */
import type { z } from 'zod'

export interface ActionSpec<I extends z.ZodType = z.ZodType, O = unknown> {
  input: I
  /** Type-level only: never read at run time. */
  output: O
}

/** Marks an action's output type: `{ input: z.object({...}), output: returns<StationCard>() }`. */
export function returns<O>(): O {
  return undefined as O
}

export type FunctionSpec = Record<string, ActionSpec>
