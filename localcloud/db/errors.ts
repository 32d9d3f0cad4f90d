/**
 * The error replies the emulator sends, shaped like the cloud's own `{code, message}` so that the
 * SDK turns them into the same thrown errors a function sees in WeChat cloud.
 *
 * Codes and message prefixes are the real service's, as seen in SDK integration tests and in
 * errors reported from production (where known). The text after the prefix sometimes names the
 * collection or document to help whoever reads a local log.
 */
export class DbError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message)
    this.name = 'DbError'
  }
}

const PERSIST = ' Please check your request, but if the problem persists, contact us.'

/** MongoDB's write-error wording, wrapped the way the cloud's Go gateway reports it. */
function writeError(detail: string): DbError {
  return new DbError(
    'DATABASE_REQUEST_FAILED',
    `[FailedOperation] multiple write errors: [{write errors: [{${detail}}]}, {<nil>}]`,
  )
}

export function collectionNotExist(name: string): DbError {
  return new DbError(
    'DATABASE_COLLECTION_NOT_EXIST',
    `[ResourceNotFound] Db or Table not exist.${PERSIST} (collection: ${name})`,
  )
}

export function collectionExists(name: string): DbError {
  return new DbError(
    'DATABASE_COLLECTION_ALREADY_EXIST',
    `[ResourceUnavailable.ResourceExist] Table exist.${PERSIST} (collection: ${name})`,
  )
}

export function duplicateKey(collection: string, index: string, dupKey: string): DbError {
  return writeError(`E11000 duplicate key error collection: ${collection} index: ${index} dup key: ${dupKey}`)
}

export function immutableId(): DbError {
  return writeError("Performing an update on the path '_id' would modify the immutable field '_id'")
}

export function invalidUpdate(detail: string): DbError {
  return writeError(detail)
}

export function transactionConflict(): DbError {
  return new DbError(
    'DATABASE_TRANSACTION_CONFLICT',
    `[ResourceUnavailable.TransactionConflict] Transaction is conflict, maybe resource operated by others.${PERSIST}`,
  )
}

export function transactionNotExist(): DbError {
  return new DbError(
    'DATABASE_TRANSACTION_FAIL',
    '[ResourceUnavailable.TransactionNotExist] Transaction does not exist on the server, ' +
      `transaction must be commit or abort in 30 seconds.${PERSIST}`,
  )
}

/**
 * No real-service wording is known for this one; the code maps to errCode -502001 in the SDK.
 * `what` names the locked thing, e.g. `document "x"` or `unique key ... of index i`.
 */
export function lockWaitTimeout(collection: string, what: string, waitedMs: number): DbError {
  return new DbError(
    'DATABASE_REQUEST_FAILED',
    `[FailedOperation] lock wait timeout: ${what} in ${collection} is held by an open transaction ` +
      `(waited ${waitedMs} ms)`,
  )
}

export function invalidParam(detail: string): DbError {
  return new DbError('INVALID_PARAM', `[InvalidParameter] ${detail}`)
}

export function requestFailed(detail: string): DbError {
  return new DbError('DATABASE_REQUEST_FAILED', `[FailedOperation] ${detail}`)
}

/** Anything thrown below the wire layer becomes a DbError; engine bugs must not crash the server. */
export function asDbError(err: unknown): DbError {
  if (err instanceof DbError) return err
  return requestFailed(err instanceof Error ? err.message : String(err))
}
