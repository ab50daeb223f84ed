import type { AfterErrorHook } from 'payload'

/** pg-pool's words when every connection stays busy past `connectionTimeoutMillis`. */
const POOL_EXHAUSTED = /timeout exceeded when trying to connect/i

function isPoolExhausted(error: unknown): boolean {
  for (let cause = error, depth = 0; cause && depth < 5; depth++) {
    if (cause instanceof Error && POOL_EXHAUSTED.test(cause.message)) return true
    cause = cause instanceof Error ? cause.cause : undefined
  }
  return false
}

/**
 * A burst that holds every database connection (twenty saves of one quote at once) is an overload, not
 * a fault: the request changed nothing, so it is answered 503 with Retry-After, which clients and
 * proxies know to retry, instead of a bare 500.
 */
export const answerBusyDatabase: AfterErrorHook = ({ error, req }) => {
  if (!isPoolExhausted(error)) return
  req.responseHeaders = new Headers({ 'Retry-After': '1' })
  return {
    status: 503,
    response: { errors: [{ message: 'The server is busy: nothing was saved, try again in a moment.' }] },
  }
}
