import { configToSchema } from '@payloadcms/graphql'
import { parse, specifiedRules, validate, type DocumentNode, type GraphQLError, type GraphQLSchema } from 'graphql'
import { createHandler } from 'graphql-http/lib/use/fetch'
import {
  addDataAndFileToRequest,
  addLocalesToRequestFromData,
  createPayloadRequest,
  headersWithCors,
  logError,
  mergeHeaders,
  unlinkClientUploadTempFile,
  type Payload,
  type PayloadRequest,
  type SanitizedConfig,
} from 'payload'

import { hasFragmentCycle } from './queryLimits'
import { selectAskedFields } from './selectLists'

/**
 * Payload's GraphQL route handler (@payloadcms/next/routes GRAPHQL_POST, 3.90), the same steps,
 * with what it redoes for every request done once per query text: parsing the document, our
 * rewrite of its lists (src/graphql/selectLists.ts) and validating it against the schema. Payload
 * builds graphql-http's handler without a way to pass either, and validation alone was 2.6 ms of
 * Node CPU per vehicle list (graphql's KnownTypeNames rule lists the thousands of types of
 * Payload's schema on every run); parse, print and parse again of the rewrite added more.
 *
 * Validation depends on the document, the schema, the variables (Payload's complexity rule skips
 * what `@include(if: $var)` leaves out) and NODE_ENV (Payload refuses introspection in
 * production), so a document is known valid per schema and per variables. Invalid documents are
 * never remembered: they are validated again, as before, and answered the same way. Error
 * locations point into the client's text (they pointed into the printed rewrite before).
 */

type Built = ReturnType<typeof configToSchema>
type Config = Promise<SanitizedConfig> | SanitizedConfig

/** A query text, parsed once: what the checks read and what is executed. */
export type PreparedQuery = {
  text: string
  /** The client's document (checks read it: fragment cycles). */
  document: DocumentNode
  /** What runs: the document with `select: true` on its lists, or the document itself. */
  executable: DocumentNode
  fragmentCycle: boolean
  /** Variables (as JSON) the executable document passed validation with, for `validFor`'s schema. */
  valid: Set<string>
  validFor: GraphQLSchema | null
}

/** Query texts above this size are parsed per request: a cache entry must stay small. */
const MAX_CACHED_QUERY = 20_000
/** Total characters of query text remembered (the parsed documents are some 10–30 times more). */
const MAX_CACHED_TEXT = 1_000_000
/** However short the texts: each entry also keeps its variable sets (at most 8 × 1,000 characters). */
const MAX_CACHED_QUERIES = 1_000
const MAX_VARIABLE_SETS = 8
const MAX_VARIABLES_KEY = 1_000

const prepared = new Map<string, PreparedQuery>()
let preparedText = 0

function remember(entry: PreparedQuery): void {
  prepared.set(entry.text, entry)
  preparedText += entry.text.length
  // Least recently used first: a hit moves its entry to the end.
  for (const [text] of prepared) {
    if (preparedText <= MAX_CACHED_TEXT && prepared.size <= MAX_CACHED_QUERIES) break
    prepared.delete(text)
    preparedText -= text.length
  }
}

/** The parsed query, from memory when this text was seen; null when it does not parse (GraphQL says why). */
export function prepareQuery(text: string): PreparedQuery | null {
  const known = prepared.get(text)
  if (known) {
    prepared.delete(text)
    prepared.set(text, known)
    return known
  }
  let document: DocumentNode
  try {
    document = parse(text)
  } catch {
    return null
  }
  const entry: PreparedQuery = {
    text,
    document,
    executable: selectAskedFields(document) ?? document,
    fragmentCycle: hasFragmentCycle(document),
    valid: new Set(),
    validFor: null,
  }
  if (text.length <= MAX_CACHED_QUERY) remember(entry)
  return entry
}

/** Forgets every parsed query (tests). */
export function forgetPreparedQueries(): void {
  prepared.clear()
  preparedText = 0
}

const cache: { built: Built | null; promise: Promise<Built> | null } = { built: null, promise: null }

/** Payload's schema, built once (in development on every request, as Payload does, for config changes). */
async function getGraphql(config: Config): Promise<Built> {
  if (process.env.NODE_ENV === 'development') {
    cache.built = null
    cache.promise = null
  }
  if (cache.built) return cache.built
  cache.promise ??= Promise.resolve(config).then((resolved) => configToSchema(resolved))
  try {
    cache.built = await cache.promise
  } catch (error) {
    cache.promise = null
    throw error
  }
  return cache.built
}

type GraphQLErrorWithStatus = GraphQLError & {
  originalError?: (Error & { status?: number; data?: unknown }) | null
}

/** Payload's formatting of an execution error (its handler's handleError). */
async function handleError({
  err,
  payload,
  req,
}: {
  err: GraphQLErrorWithStatus
  payload: Payload
  req: PayloadRequest
}) {
  const status = err.originalError?.status || 500
  let errorMessage = err.message
  logError({ err, payload })
  // Internal errors can contain anything: their details only with `debug`.
  if (!payload.config.debug && status === 500) errorMessage = 'Something went wrong.'
  let response: Record<string, unknown> = {
    extensions: {
      name: err?.originalError?.name || undefined,
      data: err?.originalError?.data || undefined,
      stack: payload.config.debug ? err.stack : undefined,
      statusCode: status,
    },
    locations: err.locations,
    message: errorMessage,
    path: err.path,
  }
  for (const hook of payload.config.hooks.afterError ?? []) {
    const result = await hook({
      context: req.context,
      error: err,
      graphqlResult: response,
      req,
    } as unknown as Parameters<typeof hook>[0])
    if (result) response = (result as { graphqlResult?: Record<string, unknown> }).graphqlResult || response
  }
  return response
}

/** The GraphQL POST handler; `query` is the body's query as `prepareQuery` returned it. */
export function graphqlHandler(config: Config) {
  return async (request: Request, query: PreparedQuery | null): Promise<Response> => {
    const originalRequest = request.clone()
    const req = await createPayloadRequest({ canSetHeaders: true, config, request })
    const { payload } = req
    if (payload.config.graphQL?.disable) return new Response(null, { status: 404 })
    try {
      await addDataAndFileToRequest(req)
      addLocalesToRequestFromData(req)
      const { schema, validationRules } = await getGraphql(config)
      const headers: Record<string, string> = {}
      const context = { headers, req }
      const apiResponse = await createHandler({
        context,
        // The parsed, rewritten and (once per variables) validated document; anything else takes
        // graphql-http's own path (parse, validate), which is Payload's.
        onSubscribe: (_request, params) => {
          if (!query || params.query !== query.text) return undefined
          const args = {
            schema,
            document: query.executable,
            operationName: params.operationName,
            variableValues: params.variables,
            contextValue: context,
          }
          // Payload's introspection rule reads NODE_ENV when it runs.
          const key = `${process.env.NODE_ENV}\n${params.operationName ?? ''}\n${JSON.stringify(params.variables ?? null)}`
          if (query.validFor !== schema) {
            query.valid.clear()
            query.validFor = schema
          }
          if (query.valid.has(key)) return args
          const errors = validate(schema, query.executable, [...specifiedRules, ...validationRules(args)])
          if (errors.length > 0) return errors
          if (key.length <= MAX_VARIABLES_KEY && query.valid.size < MAX_VARIABLE_SETS) query.valid.add(key)
          return args
        },
        onOperation: async (operationRequest, args, result) => {
          const response =
            typeof payload.extensions === 'function'
              ? await payload.extensions({ args, req: operationRequest, result })
              : result
          if (response.errors) {
            const errors = await Promise.all(
              (result.errors ?? []).map((error) => handleError({ err: error, payload, req })),
            )
            return { ...response, errors } as unknown as typeof result
          }
          return response
        },
        schema,
        validationRules: (_request, args, defaultRules) => defaultRules.concat(validationRules(args)),
      })(originalRequest)
      const responseHeaders = headersWithCors({ headers: new Headers(apiResponse.headers), req })
      for (const key in headers) responseHeaders.append(key, headers[key]!)
      return new Response(apiResponse.body, {
        headers: req.responseHeaders ? mergeHeaders(req.responseHeaders, responseHeaders) : responseHeaders,
        status: apiResponse.status,
      })
    } finally {
      // GraphQL reads the body itself; an operation that writes no document never reaches the
      // operation-level cleanup.
      await unlinkClientUploadTempFile({ req })
    }
  }
}
