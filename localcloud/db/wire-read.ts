/** Read actions: `database.getDocument`, `calculateDocument` and `aggregateDocuments`. */
import { runAggregate } from './aggregate'
import { parseEjson, stringifyEjson } from './ejson'
import type { DecodeContext, Doc } from './ejson'
import type { Engine } from './engine'
import { invalidParam } from './errors'
import { countDocs, findDocs, project } from './query'
import {
  collectionName,
  docIdOf,
  docParam,
  isDocRequest,
  optionalDocParam,
  pageParams,
  transactionId,
} from './wire-params'

export function rejectWhereInTransaction(params: Doc): void {
  if (transactionId(params) && !isDocRequest(params)) {
    throw invalidParam(
      'a transaction only allows single-document operations (doc().get/update/set/remove and add); ' +
        'where() queries cannot run inside a transaction',
    )
  }
}

export function getDocument(engine: Engine, params: Doc, ctx: DecodeContext): Doc {
  rejectWhereInTransaction(params)
  const collection = collectionName(params)
  const criteria = docParam(params, 'query', ctx)
  const projection = optionalDocParam(params, 'projection', ctx)
  const txnId = transactionId(params)
  if (txnId) {
    const doc = engine.txns.get(txnId, collection, docIdOf(criteria))
    return listReply(project(doc ? [doc] : [], projection), 0, 1)
  }
  engine.ensureUsable()
  const store = engine.state.collection(collection)
  if (isDocRequest(params)) return listReply(findDocs(store, { criteria, projection }), 0, 1)
  const { skip, limit } = pageParams(params)
  const order = optionalDocParam(params, 'order', ctx)
  return listReply(findDocs(store, { criteria, order, skip, limit, projection }), skip, limit)
}

function listReply(docs: Doc[], offset: number, limit: number): Doc {
  return { data: { list: docs.map(stringifyEjson), limit, offset } }
}

export function calculateDocument(engine: Engine, params: Doc, ctx: DecodeContext): Doc {
  rejectWhereInTransaction(params)
  engine.ensureUsable()
  const store = engine.state.collection(collectionName(params))
  return { data: { total: countDocs(store, docParam(params, 'query', ctx)) } }
}

interface WireStage {
  stageKey: string
  stageValue: string
}

export function aggregateDocuments(engine: Engine, params: Doc, ctx: DecodeContext): Doc {
  if (transactionId(params)) throw invalidParam('aggregate cannot run inside a transaction')
  engine.ensureUsable()
  const stages = params.stages
  if (!Array.isArray(stages)) throw invalidParam('stages must be an array')
  const pipeline = (stages as WireStage[]).map((stage) => {
    if (typeof stage?.stageKey !== 'string') throw invalidParam('each stage needs a stageKey')
    const value = typeof stage.stageValue === 'string' ? parseEjson(stage.stageValue, ctx) : stage.stageValue
    return { [stage.stageKey]: value }
  })
  const list = runAggregate(engine.state, collectionName(params), pipeline)
  return { data: { list: list.map(stringifyEjson) } }
}
