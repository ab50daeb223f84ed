import config from '@payload-config'
import { GRAPHQL_PLAYGROUND_GET } from '@payloadcms/next/routes'
import { beforeAll, describe, expect, it } from 'vitest'

import { getEnv } from '@/config/env'
import { GRAPHQL_LIMITS } from '@/graphql/queryLimits'
import type { World } from '../../helpers/fixtures'
import { graphql } from '../../helpers/graphql'
import { freshWorld, tokenOf } from '../../helpers/world'

// Quotes and orders point at each other, so a query can walk the pair as deep as it likes.
const walk = (pairs: number) => `{ Quotes { docs { ${'order { quote { '.repeat(pairs)}id ${'} } '.repeat(pairs)}} } }`

/** Refused at validation: an error and no data, 200 for application/json callers, 400 under the GraphQL-over-HTTP media type. */
async function expectRefused(query: string, token: string | undefined, message: RegExp) {
  const plain = await graphql(query, { token })
  expect(plain.status).toBe(200)
  expect(plain.body.data).toBeUndefined()
  expect(plain.body.errors?.[0]?.message).toMatch(message)
  const strict = await graphql(query, { token, headers: { accept: 'application/graphql-response+json' } })
  expect(strict.status).toBe(400)
  expect(strict.body.errors?.[0]?.message).toMatch(message)
}

describe('GraphQL limits', () => {
  let world: World
  beforeAll(async () => ({ world } = await freshWorld()))

  it('answers an ordinary query with relations', async () => {
    const response = await graphql(
      `
        {
          Quotes {
            docs {
              id
              customer {
                email
              }
              vehicle {
                vin
              }
              order {
                id
              }
            }
          }
        }
      `,
      { token: tokenOf(world, 'sales') },
    )
    expect(response.status).toBe(200)
    expect(response.body.errors).toBeUndefined()
    const quoteA = response.body.data.Quotes.docs.find((quote: { id: string }) => quote.id === world.quoteA.id)
    expect(quoteA).toEqual({
      id: world.quoteA.id,
      customer: { email: world.a.user.email },
      vehicle: { vin: world.vehicle.vin },
      order: null,
    })
  })

  it(`refuses a query deeper than ${GRAPHQL_LIMITS.maxDepth} levels`, async () => {
    expect((await graphql(walk(3), { token: tokenOf(world, 'sales') })).body.errors).toBeUndefined()
    await expectRefused(walk(5), tokenOf(world, 'sales'), /levels deep; the limit is 10/)
  })

  it(`refuses a query more complex than ${GRAPHQL_LIMITS.maxComplexity}`, async () => {
    const relations = Array.from({ length: 60 }, (_, i) => `c${i}: customer { id }`).join(' ')
    await expectRefused(`{ Quotes { docs { ${relations} } } }`, world.a.token, /complexity/i)
  })

  it('validates a document again for other variables (it is parsed and validated once per query and variables)', async () => {
    const relations = Array.from({ length: 60 }, (_, i) => `c${i}: customer @include(if: $many) { id }`).join(' ')
    const query = `query Q($many: Boolean!) { Quotes { docs { id ${relations} } } }`
    for (let i = 0; i < 2; i++) {
      const light = await graphql(query, { token: world.a.token, variables: { many: false } })
      expect(light.body.errors).toBeUndefined()
      expect(light.body.data.Quotes.docs.length).toBeGreaterThan(0)
      const heavy = await graphql(query, { token: world.a.token, variables: { many: true } })
      expect(heavy.body.data).toBeUndefined()
      expect(heavy.body.errors?.[0]?.message).toMatch(/complexity/i)
    }
  })

  it(`refuses more than ${GRAPHQL_LIMITS.maxRootFields} root fields (aliases fanning out queries)`, async () => {
    const aliases = Array.from({ length: 21 }, (_, i) => `v${i}: Vehicles { totalDocs }`).join(' ')
    await expectRefused(`{ ${aliases} }`, undefined, /21 root fields; the limit is 20/)
  })

  it('refuses out-of-range page and limit arguments with a 400 in the error, not a 500', async () => {
    for (const args of ['limit: 1000', 'limit: -5', 'page: -1', 'page: 0']) {
      const response = await graphql(`{ Vehicles(${args}) { totalDocs } }`)
      expect(response.status).toBe(200)
      expect(response.body.errors[0].extensions.statusCode).toBe(400)
      expect(response.body.errors[0].message).toMatch(/page|limit/)
    }
  })

  it('has no playground and no introspection in production', async () => {
    const env = process.env as Record<string, string | undefined>
    const before = env.NODE_ENV
    env.NODE_ENV = 'production'
    try {
      const playground = await GRAPHQL_PLAYGROUND_GET(config)(
        new Request(new URL('/api/graphql-playground', getEnv().SERVER_URL)),
      )
      expect(playground.status).toBe(404)
      // Validated outside production first: production must not reuse that verdict.
      env.NODE_ENV = before
      expect((await graphql('{ __type(name: "Vehicle") { name } }')).body.errors).toBeUndefined()
      env.NODE_ENV = 'production'
      const known = await graphql('{ __type(name: "Vehicle") { name } }')
      expect(known.body.errors?.[0]?.message).toMatch(/introspection is not allowed/)
      const introspection = await graphql('{ __schema { types { name } } }')
      expect(introspection.body.data).toBeUndefined()
      expect(introspection.body.errors[0].message).toMatch(/introspection is not allowed/)
    } finally {
      env.NODE_ENV = before
    }
  })
})
