/**
 * A counter of this process's storefront changes, and when the last one happened. scripts/server.ts
 * serves a page Next.js sent a moment ago without asking it again (src/server/compressedPages.ts)
 * only while the counter has not moved. The server and the Payload hooks that move it are loaded by
 * different module systems (tsx and Next.js's bundle), so the state lives on globalThis, where both
 * find the same one.
 */
const key = Symbol.for('autoport.pageGeneration')
export type PageGeneration = { generation: number; changedAt: number }
type Holder = { [key]?: PageGeneration }

export function pageGeneration(): PageGeneration {
  return (globalThis as Holder)[key] ?? { generation: 0, changedAt: 0 }
}

/** Every page kept before this call is checked with Next.js again before it is served. */
export function bumpPageGeneration(now = Date.now()): void {
  const holder = globalThis as Holder
  holder[key] = { generation: pageGeneration().generation + 1, changedAt: now }
}
