import { REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_POST, REST_PUT } from '@payloadcms/next/routes'
import { getPayload, headersWithCors, type FlattenedField, type PayloadRequest, type SanitizedConfig } from 'payload'

import { graphqlHandler, prepareQuery, type PreparedQuery } from '@/graphql/handler'

import { checkDataShapes, unknownKeys } from './checks/dataShapes'
import { API_LIMITS, UUID } from './checks/limits'
import { checkSearchParams } from './checks/searchParams'
import { checkSort } from './checks/sort'
import { checkWhere } from './checks/where'

/**
 * Payload's REST and GraphQL route handlers behind a check of what Payload assumes but does not
 * verify: a body of a type it parses, JSON that parses, an object where an object is expected,
 * numbers and filters that make sense. Payload answers such requests with a 500 (or throws, which
 * Next.js turns into one); here they get a 4xx that says what to fix.
 */

type Config = Promise<SanitizedConfig> | SanitizedConfig
type RouteContext = { params: Promise<{ slug: string[] }> }
type RestHandler = (request: Request, context: RouteContext) => Promise<Response>

function refuse(status: number, message: string, data?: unknown): Response {
  return Response.json({ errors: [{ message, ...(data ? { data } : {}) }] }, { status })
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** Path words Payload routes itself; any other second segment of a collection path is a document id. */
const COLLECTION_ROUTES = new Set([
  'count',
  'versions',
  'access',
  'me',
  'init',
  'login',
  'logout',
  'refresh-token',
  'forgot-password',
  'reset-password',
  'verify',
  'unlock',
  'first-register',
  'file',
  'distinct',
])
/** Body keys that are no field but that Payload reads on create/update. */
const EXTRA_KEYS = ['id', 'password', 'confirm-password', '_status']

/** The fields a request addresses, and whether its body is a document to create or update. */
type Target = { fields: FlattenedField[]; docWrite: boolean } | null

async function checkRest(config: SanitizedConfig, request: Request, slug: string[]): Promise<Response | null> {
  const url = new URL(request.url)
  const parsed = checkSearchParams(url.searchParams)
  if ('problem' in parsed) return refuse(400, parsed.problem)

  let target: Target = null
  const method = request.method.toUpperCase()
  if (slug[0] === 'globals') {
    const global = config.globals.find((candidate) => candidate.slug === slug[1])
    if (global) target = { fields: global.flattenedFields, docWrite: method === 'POST' && slug.length === 2 }
  } else {
    const collection = config.collections.find((candidate) => candidate.slug === slug[0])
    if (collection) {
      // Payload answers 501 for a collection without REST routes (its migrations table): it is simply not there.
      if (collection.endpoints === false) return refuse(404, 'Not Found')
      if (collection.slug === 'payload-preferences') {
        // Payload's delete query for a preference fails in PostgreSQL ("missing FROM-clause entry"), a
        // 500 for everyone; the admin only reads and writes preferences, so the route is closed.
        if (method === 'DELETE') return refuse(405, 'Preferences cannot be deleted over the API.')
        // Preferences are the admin's UI state: customers have none.
        const { user } = await (await getPayload({ config })).auth({ headers: request.headers })
        if (user?.collection !== config.admin.user) return refuse(403, 'Preferences belong to back-office users.')
      }
      const [, second, third] = slug
      if (second === 'verify' && !collection.auth?.verify) return refuse(404, 'Not Found')
      const idSegment = second === 'versions' ? third : second && !COLLECTION_ROUTES.has(second) ? second : undefined
      // Payload's preferences answer at /:key, a name: only collections routed by id have UUID segments.
      const keyedByName = (collection.endpoints || []).some((endpoint) => /^\/:(?!id\b)/.test(endpoint.path))
      if (idSegment !== undefined && !keyedByName && !UUID.test(idSegment))
        return refuse(404, 'Not Found: ids are UUIDs.')
      const docWrite =
        (method === 'POST' && slug.length === 1) ||
        (method === 'PATCH' && slug.length <= 2 && (!second || !COLLECTION_ROUTES.has(second)))
      target = { fields: collection.flattenedFields, docWrite }
    }
  }
  if (target) {
    // /versions sorts on the versions' own fields (version.*), not the document's.
    const listsVersions = slug.includes('versions')
    const problem =
      (parsed.query.where ? checkWhere(parsed.query.where, target.fields) : null) ??
      (listsVersions ? null : checkSort(parsed.query.sort, target.fields))
    if (problem) return refuse(400, problem)
  }
  if (method === 'GET' || method === 'HEAD' || method === 'OPTIONS' || method === 'DELETE') return null
  // A form_post provider's answer (Apple's) is a form, not JSON: the callback reads and bounds it.
  if (slug[0] === 'oidc' && slug[2] === 'callback' && slug.length === 3) return null
  return checkBody(config, request, target)
}

async function checkBody(config: SanitizedConfig, request: Request, target: Target): Promise<Response | null> {
  const contentType = (request.headers.get('content-type') ?? '').toLowerCase()
  const mediaType = contentType.split(';')[0]!.trim()
  const locales = config.localization ? config.localization.localeCodes : []
  const checkData = (data: unknown, strict: boolean): Response | null => {
    if (!isPlainObject(data)) return refuse(400, 'The body must be a JSON object.')
    if (!target?.docWrite) return null
    const unknown = strict ? unknownKeys(target.fields, data, EXTRA_KEYS) : []
    if (unknown.length > 0) return refuse(400, `Unknown field(s): ${unknown.slice(0, 10).join(', ')}.`)
    const errors = checkDataShapes(target.fields, data, locales)
    return errors.length > 0 ? refuse(400, 'The following field(s) are malformed.', { errors }) : null
  }

  if (mediaType === 'multipart/form-data') {
    if (!/boundary=/.test(contentType)) return refuse(400, 'multipart/form-data needs a boundary.')
    let form: FormData
    try {
      form = await request.clone().formData()
    } catch {
      return refuse(400, 'The multipart body cannot be read.')
    }
    // Payload's own multipart parser throws on a control character in a part's file name (a 500).
    for (const value of form.values()) {
      if (typeof value !== 'string' && hasControlCharacter(value.name))
        return refuse(400, 'File names cannot contain control characters.')
    }
    const payloadField = form.get('_payload')
    if (payloadField === null) return null
    if (typeof payloadField !== 'string') return refuse(400, '_payload must be a JSON string.')
    let data: unknown
    try {
      data = JSON.parse(payloadField)
    } catch {
      return refuse(400, '_payload is not valid JSON.')
    }
    // The admin sends every form path in _payload: only shapes are checked, not unknown keys.
    return checkData(data, false)
  }

  const text = await request.clone().text()
  if (text.length > API_LIMITS.maxJsonBytes)
    return refuse(413, `JSON bodies are limited to ${API_LIMITS.maxJsonBytes} bytes.`)
  const override =
    request.headers.get('x-payload-http-method-override') ?? request.headers.get('x-http-method-override')
  if (mediaType === 'application/x-www-form-urlencoded' && override?.toUpperCase() === 'GET') {
    // How the admin sends long queries: the body is the query string.
    const parsed = checkSearchParams(new URLSearchParams(text))
    if ('problem' in parsed) return refuse(400, parsed.problem)
    const problem = parsed.query.where && target ? checkWhere(parsed.query.where, target.fields) : null
    return problem ? refuse(400, problem) : null
  }
  if (text.trim() === '' && mediaType !== 'application/x-www-form-urlencoded') return null
  if (mediaType !== 'application/json') return refuse(415, 'Send application/json, or multipart/form-data for uploads.')
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch {
    return refuse(400, 'The body is not valid JSON.')
  }
  return checkData(data, override?.toUpperCase() !== 'GET')
}

const hasControlCharacter = (text: string) =>
  [...text].some((character) => character.charCodeAt(0) < 0x20 || character.charCodeAt(0) === 0x7f)

/** A refusal carries Payload's CORS headers, or a browser on an allowed origin could not read its reason. */
function withCors(config: SanitizedConfig, request: Request, response: Response): Response {
  headersWithCors({
    headers: response.headers,
    req: { payload: { config }, headers: request.headers } as unknown as PayloadRequest,
  })
  return response
}

/**
 * Collections whose answers are about one person (identity, documents, their quotes, orders and
 * payments) or about staff accounts: a browser or a shared cache must not keep them, or the next
 * user of the machine, or of the proxy, could read them.
 */
const PRIVATE_COLLECTIONS = new Set([
  'customers',
  'documents',
  'document-access-logs',
  'quotes',
  'quote-requests',
  'orders',
  'payments',
  'users',
])

function noStore(response: Response): Response {
  const value = 'private, no-store, max-age=0'
  try {
    response.headers.set('Cache-Control', value)
    return response
  } catch {
    // A response with immutable headers (one passed through from fetch): copy it.
    const copy = new Response(response.body, response)
    copy.headers.set('Cache-Control', value)
    return copy
  }
}

/**
 * A budget refusal (src/security/requestBudgets.ts) says in its data how long to wait; HTTP
 * clients read that from Retry-After.
 */
async function withRetryAfter(response: Response): Promise<Response> {
  if (response.status !== 429 || response.headers.has('Retry-After')) return response
  let seconds: unknown
  try {
    const body = (await response.clone().json()) as { errors?: { data?: { retryAfter?: unknown } }[] }
    seconds = body.errors?.find((error) => error.data?.retryAfter !== undefined)?.data?.retryAfter
  } catch {
    return response
  }
  if (typeof seconds !== 'number' || !Number.isFinite(seconds)) return response
  const copy = new Response(response.body, response)
  copy.headers.set('Retry-After', String(Math.max(1, Math.ceil(seconds))))
  return copy
}

function guard(config: Config, handler: RestHandler): RestHandler {
  return async (request, context) => {
    const resolved = await config
    const slug = (await context.params).slug
    const refusal = await checkRest(resolved, request, slug)
    const response = refusal
      ? withCors(resolved, request, refusal)
      : await withRetryAfter(await handler(request, context))
    return slug[0] && PRIVATE_COLLECTIONS.has(slug[0]) ? noStore(response) : response
  }
}

/** Payload's REST handlers, each behind the checks above. */
export function guardedRest(config: Config) {
  return {
    GET: guard(config, REST_GET(config)),
    POST: guard(config, REST_POST(config)),
    DELETE: guard(config, REST_DELETE(config)),
    PATCH: guard(config, REST_PATCH(config)),
    PUT: guard(config, REST_PUT(config)),
    OPTIONS: REST_OPTIONS(config),
  }
}

/**
 * Payload's GraphQL handler (src/graphql/handler.ts), fed only JSON objects: anything else made it
 * throw (a 500). The query is parsed once per text, with its lists rewritten to read only the
 * fields asked for (src/graphql/selectLists.ts).
 */
export function guardedGraphql(config: Config) {
  const handler = graphqlHandler(config)
  return async (request: Request): Promise<Response> => {
    const checked = await checkGraphql(request)
    // Any query may read personal data, as the REST routes of PRIVATE_COLLECTIONS do.
    if (checked instanceof Response) return noStore(withCors(await config, request, checked))
    return noStore(await handler(request, checked))
  }
}

/** A refusal, or the body's parsed query (null when it does not parse: GraphQL says why). */
async function checkGraphql(request: Request): Promise<Response | PreparedQuery | null> {
  const mediaType = (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase()
  if (mediaType !== 'application/json')
    return refuse(415, 'GraphQL takes application/json: {"query": "…", "variables": {…}}.')
  const text = await request.clone().text()
  if (text.length > API_LIMITS.maxJsonBytes)
    return refuse(413, `JSON bodies are limited to ${API_LIMITS.maxJsonBytes} bytes.`)
  let body: unknown
  try {
    body = JSON.parse(text)
  } catch {
    return refuse(400, 'The body is not valid JSON.')
  }
  if (!isPlainObject(body) || typeof body.query !== 'string')
    return refuse(400, 'The body must be an object with a "query" string.')
  if (body.variables !== undefined && body.variables !== null && !isPlainObject(body.variables))
    return refuse(400, '"variables" must be an object.')
  const query = prepareQuery(body.query)
  if (query?.fragmentCycle) return refuse(400, 'Fragments must not spread each other in a cycle.')
  return query
}
