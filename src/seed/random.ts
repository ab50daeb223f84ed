/**
 * A small seeded PRNG (mulberry32) and the helpers the seed draws with: the same seed gives the same
 * demo data on every machine and every run.
 */
export type Random = {
  /** A float in [0, 1). */
  next: () => number
  /** An integer in [min, max], both included. */
  int: (min: number, max: number) => number
  /** True with probability `p`. */
  chance: (p: number) => boolean
  pick: <T>(items: readonly T[]) => T
  /** One item, drawn with the weights given next to it. */
  weighted: <T>(items: readonly (readonly [T, number])[]) => T
  /** `count` distinct items, in random order. */
  sample: <T>(items: readonly T[], count: number) => T[]
  /** `length` characters drawn from `alphabet`. */
  chars: (alphabet: string, length: number) => string
}

export function mulberry32(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296
  }
}

/** A PRNG of its own for each part of the seed, so adding vehicles never changes the customers. */
export function createRandom(seed: number | string): Random {
  const numeric = typeof seed === 'number' ? seed : hashString(seed)
  const next = mulberry32(numeric)
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1))
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!
  return {
    next,
    int,
    chance: (p) => next() < p,
    pick,
    weighted: (items) => {
      const total = items.reduce((sum, [, weight]) => sum + weight, 0)
      let roll = next() * total
      for (const [item, weight] of items) {
        roll -= weight
        if (roll < 0) return item
      }
      return items[items.length - 1]![0]
    },
    sample: <T>(items: readonly T[], count: number): T[] => {
      const pool = [...items]
      for (let i = pool.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1))
        ;[pool[i], pool[j]] = [pool[j]!, pool[i]!]
      }
      return pool.slice(0, count)
    },
    chars: (alphabet, length) => Array.from({ length }, () => pick([...alphabet])).join(''),
  }
}

/** FNV-1a: a stable 32-bit number from a text. */
export function hashString(text: string): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193)
  }
  return hash >>> 0
}
