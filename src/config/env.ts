import { z } from 'zod'

import { parseTrustedProxies } from '@/security/clientAddress'
import { OidcConfigError, parseOidcSettings, type OidcSettings } from './oidc'
import { KeyringError, parseKeyring } from '@/security/envelope'

/**
 * The one place that reads process.env. Every setting (docs/architecture.md, Environment) has a
 * working default on a fresh machine; the launcher (scripts/autoport.ts) fills DATABASE_URL and
 * PAYLOAD_SECRET for the embedded database before anything imports this module.
 */

const optionalString = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .optional()

const postgresUrl = z
  .string({ error: 'is not set: start through `npm run dev|start|demo` (embedded PostgreSQL) or set it' })
  .trim()
  .refine((value) => {
    try {
      const url = new URL(value)
      return (url.protocol === 'postgres:' || url.protocol === 'postgresql:') && url.hostname !== ''
    } catch {
      return false
    }
  }, 'must look like postgres://user:password@host:5432/database')

const httpUrl = z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' })

const schema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    SERVER_URL: httpUrl.optional(),
    CORS_ORIGINS: optionalString,
    /** Proxies whose X-Forwarded-For hop is believed (comma-separated IPs or CIDR ranges); none by default. */
    TRUSTED_PROXIES: optionalString,
    DATABASE_URL: postgresUrl,
    DATABASE_EMBEDDED: optionalString,
    /** PostgreSQL read replicas (comma-separated URLs): reads go there, writes and recent-write reads to DATABASE_URL. */
    DATABASE_READ_REPLICAS: optionalString,
    PAYLOAD_SECRET: optionalString,
    DATA_DIR: z.string().default('.data'),

    /** Shared Next.js cache for several instances (cache-handler.mjs); unset: each process caches in memory. */
    REDIS_URL: z.url({ protocol: /^rediss?$/, error: 'must look like redis://host:6379 (or rediss://)' }).optional(),
    /** Separates deployments sharing one Redis. */
    REDIS_KEY_PREFIX: z.string().trim().min(1).default('autoport:'),
    /** Who works the jobs queue: the web process itself, or a separate `npm run worker` (web instances only queue). */
    JOBS_RUNNER: z.enum(['web', 'worker'], { error: 'must be web or worker' }).default('web'),

    // Key-encryption keys of private documents, `id:base64,…`, the first active (docs/security.md).
    DOCUMENT_KEYS: optionalString,

    S3_BUCKET: optionalString,
    S3_ENDPOINT: httpUrl.optional(),
    S3_REGION: z.string().default('eu-west-3'),
    S3_ACCESS_KEY_ID: optionalString,
    S3_SECRET_ACCESS_KEY: optionalString,

    SMTP_URL: z.url({ protocol: /^smtps?$/, error: 'must look like smtp://user:password@host:587' }).optional(),
    MAIL_FROM_ADDRESS: z.email().default('no-reply@autoport.test'),
    MAIL_FROM_NAME: z.string().default('Autoport'),

    STRIPE_SECRET_KEY: optionalString,
    STRIPE_WEBHOOK_SECRET: optionalString,
    STRIPE_API_BASE: httpUrl.optional(),
    PAYPAL_CLIENT_ID: optionalString,
    PAYPAL_CLIENT_SECRET: optionalString,
    PAYPAL_API_BASE: httpUrl.optional(),
    PAYPAL_WEBHOOK_ID: optionalString,
    PAYPAL_ENVIRONMENT: z.enum(['sandbox', 'live']).default('sandbox'),
    TWILIO_ACCOUNT_SID: optionalString,
    TWILIO_AUTH_TOKEN: optionalString,
    TWILIO_FROM: optionalString,
    TWILIO_API_BASE: httpUrl.optional(),
    NEXT_PUBLIC_GOOGLE_MAPS_API_KEY: optionalString,

    // Operations (docs/operations.md).
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    /** `json` (one object a line, for a log collector) or `pretty`; unset: json in production. */
    LOG_FORMAT: z.enum(['json', 'pretty']).optional(),
    /** Bearer token that GET /api/metrics requires; unset: open outside production, closed in it. */
    METRICS_TOKEN: optionalString,
    /** `true` opens /api/metrics without a token in production (the port is reachable by the scraper only). */
    METRICS_PUBLIC: z.enum(['true', 'false']).default('false'),
  })
  .superRefine((value, ctx) => {
    const embedded = value.DATABASE_EMBEDDED === '1'
    if (!value.PAYLOAD_SECRET && (value.NODE_ENV === 'production' || !embedded)) {
      ctx.addIssue({
        code: 'custom',
        path: ['PAYLOAD_SECRET'],
        message: 'is required when DATABASE_URL points at your own server (use 32+ random characters)',
      })
    }
    if (value.PAYLOAD_SECRET && value.PAYLOAD_SECRET.length < 32 && !embedded) {
      ctx.addIssue({
        code: 'custom',
        path: ['PAYLOAD_SECRET'],
        message: 'is too short: use at least 32 random characters',
      })
    }
    for (const replica of readReplicaList(value.DATABASE_READ_REPLICAS)) {
      if (!postgresUrl.safeParse(replica).success) {
        ctx.addIssue({
          code: 'custom',
          path: ['DATABASE_READ_REPLICAS'],
          message: `has "${redactPassword(replica)}": each must look like postgres://user:password@host:5432/database`,
        })
      }
    }
    try {
      parseTrustedProxies(value.TRUSTED_PROXIES)
    } catch (error) {
      ctx.addIssue({ code: 'custom', path: ['TRUSTED_PROXIES'], message: (error as Error).message })
    }
    if (value.DOCUMENT_KEYS) {
      try {
        parseKeyring(value.DOCUMENT_KEYS, value.PAYLOAD_SECRET)
      } catch (error) {
        if (!(error instanceof KeyringError)) throw error
        ctx.addIssue({ code: 'custom', path: ['DOCUMENT_KEYS'], message: error.message })
      }
    } else if (value.NODE_ENV === 'production' && !embedded) {
      ctx.addIssue({
        code: 'custom',
        path: ['DOCUMENT_KEYS'],
        message: 'is required in production: id:<openssl rand -base64 32> (see docs/security.md)',
      })
    }
    if (value.S3_BUCKET && !(value.S3_ACCESS_KEY_ID && value.S3_SECRET_ACCESS_KEY)) {
      ctx.addIssue({
        code: 'custom',
        path: ['S3_ACCESS_KEY_ID'],
        message: 'and S3_SECRET_ACCESS_KEY are required when S3_BUCKET is set',
      })
    }
    if (value.METRICS_TOKEN && value.METRICS_TOKEN.length < 16) {
      ctx.addIssue({
        code: 'custom',
        path: ['METRICS_TOKEN'],
        message: 'is too short: use at least 16 random characters',
      })
    }
    if (value.TWILIO_ACCOUNT_SID && !(value.TWILIO_AUTH_TOKEN && value.TWILIO_FROM)) {
      ctx.addIssue({
        code: 'custom',
        path: ['TWILIO_AUTH_TOKEN'],
        message: 'and TWILIO_FROM are required when TWILIO_ACCOUNT_SID is set',
      })
    }
    if (value.STRIPE_SECRET_KEY && !value.STRIPE_WEBHOOK_SECRET) {
      ctx.addIssue({
        code: 'custom',
        path: ['STRIPE_WEBHOOK_SECRET'],
        message: 'is required when STRIPE_SECRET_KEY is set: card payments are only confirmed by signed webhooks',
      })
    }
    if (Boolean(value.PAYPAL_CLIENT_ID) !== Boolean(value.PAYPAL_CLIENT_SECRET)) {
      ctx.addIssue({
        code: 'custom',
        path: ['PAYPAL_CLIENT_SECRET'],
        message: 'PAYPAL_CLIENT_ID and PAYPAL_CLIENT_SECRET go together',
      })
    }
    if (value.PAYPAL_CLIENT_ID && !value.PAYPAL_WEBHOOK_ID) {
      ctx.addIssue({
        code: 'custom',
        path: ['PAYPAL_WEBHOOK_ID'],
        message: 'is required when PAYPAL_CLIENT_ID is set: PayPal payments are only confirmed by verified webhooks',
      })
    }
  })

function readReplicaList(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((url) => url.trim())
    .filter(Boolean)
}

/** An error message may name a bad URL, never its password. */
function redactPassword(url: string): string {
  return url.replace(/\/\/([^:/@]*):[^@]*@/, '//$1:***@')
}

/** The read replicas of DATABASE_READ_REPLICAS, in order (none: every query goes to DATABASE_URL). */
export function readReplicaUrls(env: Pick<Env, 'DATABASE_READ_REPLICAS'>): string[] {
  return readReplicaList(env.DATABASE_READ_REPLICAS)
}

export type Env = z.infer<typeof schema> & { PAYLOAD_SECRET: string; SERVER_URL: string }

export class ConfigError extends Error {
  override name = 'ConfigError'
}

/** Parses a given environment; throws a ConfigError whose message is one line naming the bad variable. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = schema.safeParse(source)
  if (!result.success) {
    const issue = result.error.issues[0]!
    const variable = String(issue.path[0] ?? 'environment')
    throw new ConfigError(`Invalid configuration: ${variable} ${issue.message}`)
  }
  const value = result.data
  // Sign-in providers have one variable set per provider id: checked here, read by getOidcSettings.
  oidcSettingsOf(source)
  return {
    ...value,
    PAYLOAD_SECRET: value.PAYLOAD_SECRET ?? '',
    SERVER_URL: (value.SERVER_URL ?? `http://localhost:${value.PORT}`).replace(/\/$/, ''),
  }
}

function oidcSettingsOf(source: Record<string, string | undefined>): OidcSettings {
  try {
    return parseOidcSettings(source)
  } catch (error) {
    if (!(error instanceof OidcConfigError)) throw error
    throw new ConfigError(`Invalid configuration: ${error.variable} ${error.message}`)
  }
}

let cached: Env | undefined
let cachedOidc: OidcSettings | undefined

/** The OpenID Connect providers and the staff password setting (src/config/oidc.ts). */
export function getOidcSettings(): OidcSettings {
  cachedOidc ??= oidcSettingsOf(process.env)
  return cachedOidc
}

/** Tests start their provider on a free port, then set the variables: read them again. */
export function forgetOidcSettings(): void {
  cachedOidc = undefined
}

export function getEnv(): Env {
  cached ??= parseEnv(process.env)
  return cached
}
