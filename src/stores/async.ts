/** The state every loaded thing goes through, so every page can show loading, empty and error. */
import { CallError } from '@/services/cloud'

export interface Async<T> {
  data: T | null
  loading: boolean
  error: CallError | null
}

export const idle = <T>(): Async<T> => ({ data: null, loading: false, error: null })

export function asCallError(err: unknown): CallError {
  if (err instanceof CallError) return err
  return new CallError('INTERNAL', '出了点问题，请稍后再试')
}

/** Runs a load and reports each step through `set`. */
export async function track<T>(
  get: () => Async<T>,
  set: (next: Async<T>) => void,
  load: () => Promise<T>,
): Promise<T | null> {
  set({ ...get(), loading: true, error: null })
  try {
    const data = await load()
    set({ data, loading: false, error: null })
    return data
  } catch (err) {
    set({ ...get(), loading: false, error: asCallError(err) })
    return null
  }
}
