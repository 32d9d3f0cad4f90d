/**
 * Aggregation pipelines through mingo. A leading `$match` is answered by the query engine first
 * (so it can use an index); mingo then works on copies, because some stages rewrite their input
 * documents and stored documents must never change in place.
 */
import { Aggregator } from 'mingo'
import { cloneValue, isPlainObject } from './ejson'
import type { Doc } from './ejson'
import { requestFailed } from './errors'
import { findDocs, MINGO_OPTIONS } from './query'
import type { DbState } from './state'

export function runAggregate(state: DbState, collection: string, pipeline: Doc[]): Doc[] {
  const store = state.collection(collection)
  const [first, ...rest] = pipeline
  const leadingMatch =
    first && Object.keys(first).length === 1 && isPlainObject(first.$match) ? first.$match : null
  const input = leadingMatch
    ? findDocs(store, { criteria: leadingMatch })
    : Array.from(store.live(), ([, doc]) => doc)
  const stages = leadingMatch ? rest : pipeline
  // `$lookup` reads other collections; a missing one joins nothing, as in MongoDB.
  const collectionResolver = (name: string) => {
    const other = state.collections.get(name)
    return other ? Array.from(other.live(), ([, doc]) => cloneValue(doc)) : []
  }
  try {
    return new Aggregator(stages, { ...MINGO_OPTIONS, collectionResolver }).run(
      input.map(cloneValue),
    ) as Doc[]
  } catch (err) {
    throw requestFailed(`aggregate: ${(err as Error).message}`)
  }
}
