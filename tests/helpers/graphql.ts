import config from '@payload-config'

import { guardedGraphql } from '@/api/guardedRoutes'
import { getEnv } from '@/config/env'

// The handler the GraphQL route exports.
const handler = guardedGraphql(config)

// The body stays loosely typed: tests read errors and data of whatever shape the query asked for.
export type GraphQLResponse<T = any> = { status: number; body: { data?: T; errors?: any } & Record<string, any> }

/** Calls the GraphQL route handler in-process, as Next.js would at POST /api/graphql. */
export async function graphql<T = any>(
  query: string,
  options: { token?: string; variables?: Record<string, unknown>; headers?: Record<string, string> } = {},
): Promise<GraphQLResponse<T>> {
  const headers = new Headers({ ...options.headers, 'content-type': 'application/json' })
  if (options.token) headers.set('authorization', `JWT ${options.token}`)
  return rawGraphql(
    new Request(new URL('/api/graphql', getEnv().SERVER_URL), {
      method: 'POST',
      headers,
      body: JSON.stringify({ query, variables: options.variables }),
    }),
  )
}

/** Sends a request as built by the caller: malformed bodies and headers included. */
export async function rawGraphql(request: Request): Promise<GraphQLResponse> {
  const response = await handler(request)
  const text = await response.text()
  let body: any = text
  try {
    body = text ? JSON.parse(text) : undefined
  } catch {
    // not JSON: keep the text
  }
  return { status: response.status, body }
}
