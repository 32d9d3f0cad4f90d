/**
 * One SDK request body in, one reply body out. Success replies carry the action's fields; every
 * failure becomes `{code, message}`, which the SDK raises as an error in the calling function.
 */
import type { DecodeContext, Doc } from './ejson'
import type { Engine } from './engine'
import { asDbError, collectionExists, invalidParam } from './errors'
import { newRequestId } from './ids'
import { collectionName } from './wire-params'
import { aggregateDocuments, calculateDocument, getDocument } from './wire-read'
import { insertDocument, modifyDocument, removeDocument } from './wire-write'

type Action = (engine: Engine, params: Doc, ctx: DecodeContext) => Doc | Promise<Doc>

const ACTIONS: Record<string, Action> = {
  'database.getDocument': getDocument,
  'database.calculateDocument': calculateDocument,
  'database.aggregateDocuments': aggregateDocuments,
  'database.insertDocument': insertDocument,
  'database.modifyDocument': modifyDocument,
  'database.removeDocument': removeDocument,
  'database.addCollection': addCollection,
  'database.startTransaction': (engine) => ({ transactionId: engine.txns.start() }),
  'database.commitTransaction': async (engine, params) => {
    await engine.txns.commit(String(params.transactionId))
    return {}
  },
  'database.abortTransaction': (engine, params) => {
    engine.txns.abort(String(params.transactionId))
    return {}
  },
}

export function isDatabaseAction(action: unknown): boolean {
  return typeof action === 'string' && action in ACTIONS
}

export async function handleWire(engine: Engine, params: Doc): Promise<Doc> {
  const requestId = newRequestId()
  try {
    const action = ACTIONS[String(params.action)]
    if (!action) throw invalidParam(`unsupported action ${JSON.stringify(params.action)}`)
    const reply = await action(engine, params, { now: engine.options.now() })
    return { requestId, ...reply }
  } catch (err) {
    const { code, message } = asDbError(err)
    return { requestId, code, message }
  }
}

/** `db.createCollection(name)`: like the cloud, creating an existing collection is an error. */
async function addCollection(engine: Engine, params: Doc): Promise<Doc> {
  const name = collectionName(params)
  engine.ensureUsable()
  if (engine.state.collections.has(name)) throw collectionExists(name)
  await engine.commit([{ type: 'createCollection', collection: name }])
  return {}
}
