import { describe, expect, it } from 'vitest'

import { graphql } from '../../helpers/graphql'
import { testPayload } from '../../helpers/payload'

describe('GraphQL schema', () => {
  // The schema is built from the whole config on the first query: one invalid name (a select value
  // such as '*') and every query, this one included, fails.
  it('answers the smallest query over the route handler', async () => {
    await testPayload()
    const response = await graphql('{ __typename }')
    expect(response.status).toBe(200)
    expect(response.body).toEqual({ data: { __typename: 'Query' } })
  })

  it('exposes the catch-all freight origin as the enum value `any`', async () => {
    const response = await graphql('{ __schema { types { name enumValues { name } } } }')
    expect(response.status).toBe(200)
    const origin = response.body.data.__schema.types.find((type: { name: string }) =>
      /Transport_origin$/.test(type.name),
    )
    expect(origin.enumValues.map((value: { name: string }) => value.name)).toEqual(
      expect.arrayContaining(['any', 'FR', 'JP']),
    )
  })
})
