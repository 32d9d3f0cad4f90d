/** Write actions: `database.insertDocument`, `modifyDocument` and `removeDocument`. */
import { decodeValue, parseEjson } from './ejson'
import type { DecodeContext, Doc } from './ejson'
import type { Engine } from './engine'
import { invalidParam } from './errors'
import { insertDocs, prepareInsert, removeWhere, setById, updateWhere } from './plain'
import { normalizeModifier } from './update'
import { rejectWhereInTransaction } from './wire-read'
import { collectionName, docIdOf, docParam, isDocRequest, transactionId } from './wire-params'

export async function insertDocument(engine: Engine, params: Doc, ctx: DecodeContext): Promise<Doc> {
  const collection = collectionName(params)
  const raw = Array.isArray(params.data) ? params.data : [params.data]
  if (raw.length === 0) throw invalidParam('data must hold at least one document')
  const docs = raw.map((item) =>
    prepareInsert(typeof item === 'string' ? parseEjson(item, ctx) : decodeValue(item, ctx)),
  )
  const txnId = transactionId(params)
  const insertedIds = txnId
    ? docs.map((doc) => engine.txns.insert(txnId, collection, doc))
    : await insertDocs(engine, collection, docs)
  return { data: { insertedIds } }
}

/** `update` (merge) or `set` (replace, upsert) of one document, or `where().update()` of many. */
export async function modifyDocument(engine: Engine, params: Doc, ctx: DecodeContext): Promise<Doc> {
  rejectWhereInTransaction(params)
  const collection = collectionName(params)
  const query = docParam(params, 'query', ctx)
  const data = docParam(params, 'data', ctx)
  const txnId = transactionId(params)
  if (params.merge === false) {
    const id = docIdOf(query)
    if (txnId) {
      const result = engine.txns.set(txnId, collection, id, data)
      return { data: { updated: result.updated, upsert_id: result.upserted ? id : null } }
    }
    const result = await setById(engine, collection, id, data, params.upsert !== false)
    return { data: { updated: result.updated, upsert_id: result.upsertedId } }
  }
  const modifier = normalizeModifier(data)
  if (txnId) {
    const updated = engine.txns.update(txnId, collection, docIdOf(query), modifier)
    return { data: { updated, upsert_id: null } }
  }
  const multi = !isDocRequest(params) && params.multi !== false
  const updated = await updateWhere(engine, collection, query, modifier, multi)
  return { data: { updated, upsert_id: null } }
}

export async function removeDocument(engine: Engine, params: Doc, ctx: DecodeContext): Promise<Doc> {
  rejectWhereInTransaction(params)
  const collection = collectionName(params)
  const query = docParam(params, 'query', ctx)
  const txnId = transactionId(params)
  if (txnId) return { data: { deleted: engine.txns.remove(txnId, collection, docIdOf(query)) } }
  const multi = !isDocRequest(params) && params.multi !== false
  return { data: { deleted: await removeWhere(engine, collection, query, multi) } }
}
