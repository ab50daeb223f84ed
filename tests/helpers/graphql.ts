import config from '@payload-config'
import { GRAPHQL_POST } from '@payloadcms/next/routes'

import { getEnv } from '@/config/env'

const handler = GRAPHQL_POST(config)

export type GraphQLResponse<T = any> = {
  status: number
  body: { data?: T; errors?: { message: string; extensions?: Record<string, unknown>; path?: unknown[] }[] } & Record<string, any>
}

/** Calls Payload's GraphQL route handler in-process, as Next.js would at POST /api/graphql. */
export async function graphql<T = any>(
  query: string,
  options: { token?: string; variables?: Record<string, unknown> } = {},
): Promise<GraphQLResponse<T>> {
  const headers = new Headers({ 'content-type': 'application/json' })
  if (options.token) headers.set('authorization', `JWT ${options.token}`)
  return rawGraphql(new Request(new URL('/api/graphql', getEnv().SERVER_URL), {
    method: 'POST',
    headers,
    body: JSON.stringify({ query, variables: options.variables }),
  }))
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
