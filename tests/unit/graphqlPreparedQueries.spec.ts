import { print } from 'graphql'
import { beforeEach, describe, expect, it } from 'vitest'

import { forgetPreparedQueries, prepareQuery } from '@/graphql/handler'

describe('prepareQuery', () => {
  beforeEach(() => forgetPreparedQueries())

  it('parses a query text once and rewrites its vehicle lists to select what they ask for', () => {
    const text = '{ Vehicles(limit: 2) { docs { id } } }'
    const first = prepareQuery(text)!
    expect(prepareQuery(text)).toBe(first)
    expect(print(first.executable)).toMatch(/Vehicles\(limit: 2, select: true\)/)
    expect(print(first.document)).not.toMatch(/select/)
  })

  it('leaves syntax errors to GraphQL and flags fragment cycles', () => {
    expect(prepareQuery('{ Vehicles( { docs { id } } }')).toBeNull()
    const cycle = prepareQuery(
      '{ Vehicles { docs { ...A } } } fragment A on Vehicle { ...B } fragment B on Vehicle { ...A }',
    )
    expect(cycle?.fragmentCycle).toBe(true)
  })

  it('does not keep large texts and forgets the least recently used beyond its budget', () => {
    const large = `{ Vehicles { docs { id } } }${' '.repeat(25_000)}`
    expect(prepareQuery(large)).not.toBe(prepareQuery(large))
    const padded = (i: number) => `{ v${i}: Vehicles { docs { id } } }${' '.repeat(19_000)}`
    const kept = prepareQuery(padded(0))
    const second = prepareQuery(padded(1))
    for (let i = 2; i < 60; i++) {
      prepareQuery(padded(i))
      // Used again each time: it stays while older entries go.
      expect(prepareQuery(padded(0))).toBe(kept)
    }
    // 60 texts of 19 kB are over the 1 MB budget: the oldest unused one was dropped.
    expect(prepareQuery(padded(1))).not.toBe(second)
    expect(prepareQuery(padded(59))).toBe(prepareQuery(padded(59)))
    forgetPreparedQueries()
    const short = prepareQuery('{ v0: Vehicles { totalDocs } }')
    for (let i = 1; i <= 1_000; i++) prepareQuery(`{ v${i}: Vehicles { totalDocs } }`)
    // At most 1,000 queries, however short.
    expect(prepareQuery('{ v0: Vehicles { totalDocs } }')).not.toBe(short)
  })
})
