import { AsyncLocalStorage } from 'node:async_hooks'

export type RequestContext = { requestId: string }

/**
 * The request being served, for log lines written deep inside Payload or our hooks. scripts/server.ts
 * loads this module through tsx while Next.js loads its own bundled copy: the store lives on
 * globalThis so both copies see the same one.
 */
const key = Symbol.for('autoport.requestContext')
const holder = globalThis as typeof globalThis & { [key]?: AsyncLocalStorage<RequestContext> }
const storage = (holder[key] ??= new AsyncLocalStorage<RequestContext>())

export function runWithRequestContext<T>(context: RequestContext, work: () => T): T {
  return storage.run(context, work)
}

export function currentRequestId(): string | undefined {
  return storage.getStore()?.requestId
}
