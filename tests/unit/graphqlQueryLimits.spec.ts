import { buildSchema, parse, specifiedRules, validate } from 'graphql'
import { describe, expect, it } from 'vitest'

import { hasFragmentCycle, queryLimits } from '@/graphql/queryLimits'

const schema = buildSchema(`
  type Node { id: ID, child: Node, children: [Node] }
  type Query { node: Node, nodes: [Node] }
`)
const rules = [...specifiedRules, queryLimits(3, 2)]
const errors = (query: string) => validate(schema, parse(query), rules).map((error) => error.message)

describe('queryLimits', () => {
  it('lets a query within the limits through', () => {
    expect(errors('{ node { child { id } } nodes { id } }')).toEqual([])
  })

  it('refuses a query deeper than the limit, fragments included', () => {
    expect(errors('{ node { child { child { id } } } }')).toEqual(['The query is 4 levels deep; the limit is 3.'])
    expect(errors('{ node { ...F } } fragment F on Node { child { child { id } } }')).toEqual([
      'The query is 4 levels deep; the limit is 3.',
    ])
  })

  it('refuses more root fields than the limit, aliases included', () => {
    expect(errors('{ a: node { id } b: node { id } c: node { id } }')).toEqual([
      'The operation selects 3 root fields; the limit is 2.',
    ])
  })

  it('does not count introspection', () => {
    expect(errors('{ __schema { types { fields { type { ofType { ofType { name } } } } } } }')).toEqual([])
  })
})

describe('hasFragmentCycle', () => {
  it('finds a cycle between fragments, and only then', () => {
    expect(hasFragmentCycle(parse('{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }'))).toBe(true)
    expect(hasFragmentCycle(parse('{ ...A } fragment A on Query { ...B } fragment B on Query { node { id } }'))).toBe(
      false,
    )
  })
})
