import config from '@payload-config'

import { guardedRest } from '@/api/guardedRoutes'
import { getEnv } from '@/config/env'

// The handlers the API route exports: Payload's, behind our request checks.
const { GET, POST, PATCH, DELETE } = guardedRest(config)
const handlers = { GET, POST, PATCH, DELETE }

type Method = keyof typeof handlers
export type RestResponse<T = any> = { status: number; body: T; headers: Headers }

/**
 * Calls the REST route handlers in-process, the way Next.js would, so access control is
 * tested with HTTP semantics (status codes, cookies, JSON bodies) without a running server.
 */
export async function rest<T = any>(
  method: Method,
  path: string,
  options: { token?: string; body?: unknown; headers?: Record<string, string> } = {},
): Promise<RestResponse<T>> {
  const url = new URL(path, getEnv().SERVER_URL)
  const headers = new Headers(options.headers)
  if (options.token) headers.set('authorization', `JWT ${options.token}`)
  if (options.body !== undefined && !(options.body instanceof FormData)) {
    headers.set('content-type', 'application/json')
  }
  const request = new Request(url, {
    method,
    headers,
    body:
      options.body === undefined
        ? undefined
        : options.body instanceof FormData
          ? options.body
          : JSON.stringify(options.body),
  })
  const response = await rawRest(request)
  const text = await response.text()
  let body: any = text
  try {
    body = text ? JSON.parse(text) : undefined
  } catch {
    // not JSON: keep the text
  }
  return { status: response.status, body, headers: response.headers }
}

/** Hands a request, as built by the caller (malformed ones included), to the route of its method. */
export function rawRest(request: Request): Promise<Response> {
  const slug = new URL(request.url).pathname
    .replace(/^\/api\//, '')
    .split('/')
    .filter(Boolean)
  return handlers[request.method as Method](request, { params: Promise.resolve({ slug }) })
}

export async function login(collection: 'users' | 'customers', email: string, password: string): Promise<string> {
  const response = await rest('POST', `/api/${collection}/login`, { body: { email, password } })
  if (response.status !== 200) {
    throw new Error(`login ${email} failed: ${response.status} ${JSON.stringify(response.body)}`)
  }
  return response.body.token as string
}
