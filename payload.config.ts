import { postgresAdapter } from '@payloadcms/db-postgres'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { fr } from '@payloadcms/translations/languages/fr'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { Counters } from './src/collections/Counters'
import { Customers } from './src/collections/Customers'
import { DataExports } from './src/collections/DataExports'
import { ErasureAudits } from './src/collections/ErasureAudits'
import { ConsentRecords } from './src/collections/ConsentRecords'
import { DocumentAccessLogs } from './src/collections/DocumentAccessLogs'
import { Documents } from './src/collections/Documents'
import { ensurePrivateDocumentFolder } from './src/collections/Documents/fileStore'
import { Media } from './src/collections/Media'
import { Orders } from './src/collections/Orders'
import { Pages } from './src/collections/Pages'
import { Payments } from './src/collections/Payments'
import { QuoteRequests } from './src/collections/QuoteRequests'
import { ContactMessages } from './src/collections/ContactMessages'
import { Quotes } from './src/collections/Quotes'
import { Users } from './src/collections/Users'
import { Vehicles } from './src/collections/Vehicles'
import { ImportRules } from './src/globals/ImportRules'
import { SiteSettings } from './src/globals/SiteSettings'
import { adminInFrench } from './src/admin/i18n/translateConfig'
import { getEnv, readReplicaUrls } from './src/config/env'
import { ADMIN_DATE_FORMAT } from './src/domain/displayFormat'
import { GRAPHQL_LIMITS, queryLimits } from './src/graphql/queryLimits'
import { vehicleListIndexes } from './src/config/vehicleListIndexes'
import { Notifications } from './src/collections/Notifications'
import { SavedSearches } from './src/collections/SavedSearches'
import { healthEndpoints } from './src/endpoints/health'
import { metricsEndpoint } from './src/endpoints/metrics'
import { paymentWebhookEndpoints } from './src/endpoints/paymentWebhooks'
import { oidcEndpoints } from './src/oidc/endpoints'
import { answerBusyDatabase } from './src/hooks/answerBusyDatabase'
import { emailAdapter } from './src/integrations/messaging/email'
import { jobs } from './src/jobs'
import { plugins } from './src/plugins'
import { payloadLogger } from './src/server/logger'

const dirname = path.dirname(fileURLToPath(import.meta.url))
const env = getEnv()
const readReplicas = readReplicaUrls(env)
const allowedOrigins = [env.SERVER_URL, ...(env.CORS_ORIGINS?.split(',').map((o) => o.trim()) ?? [])]

export default buildConfig({
  serverURL: env.SERVER_URL,
  secret: env.PAYLOAD_SECRET,
  cors: allowedOrigins,
  csrf: allowedOrigins,
  admin: {
    user: Users.slug,
    // The default Gravatar is a request to a third-party host.
    avatar: 'default',
    importMap: { baseDir: path.resolve(dirname, 'src') },
    meta: { titleSuffix: ' · Autoport' },
    // Payload's own date cells and pickers, written like our components (src/domain/displayFormat.ts).
    dateFormat: ADMIN_DATE_FORMAT,
    components: {
      beforeDashboard: ['@/admin/dashboard/Dashboard#Dashboard'],
      // "Sign in with …" for each staff provider (none configured: renders nothing).
      afterLogin: ['@/admin/auth/ProviderSignIn#ProviderSignIn'],
      // Logs out of the company's provider too when the session came from it (RP-initiated logout).
      logout: { Button: '@/admin/auth/ProviderLogout#ProviderLogout' },
    },
  },
  collections: [
    Vehicles,
    Quotes,
    QuoteRequests,
    ContactMessages,
    Orders,
    Payments,
    Customers,
    Documents,
    Media,
    Pages,
    Users,
    DocumentAccessLogs,
    ConsentRecords,
    Notifications,
    SavedSearches,
    Counters,
    ErasureAudits,
    DataExports,
  ],
  globals: [SiteSettings, ImportRules],
  // The admin's language (not the content's): each member of staff picks French or English in their
  // account (Payload keeps it in the `payload-lng` cookie); otherwise the browser's Accept-Language
  // decides (a French browser gets French). Anything else, and an API client that sends no
  // Accept-Language, gets English: error messages partners read stay in the language of the docs.
  i18n: { supportedLanguages: { fr, en }, fallbackLanguage: 'en' },
  localization: {
    locales: [
      { code: 'fr', label: 'Français' },
      { code: 'en', label: 'English' },
    ],
    defaultLocale: 'fr',
    fallback: true,
  },
  endpoints: [...healthEndpoints, metricsEndpoint, ...paymentWebhookEndpoints, ...oidcEndpoints],
  graphQL: {
    maxComplexity: GRAPHQL_LIMITS.maxComplexity,
    validationRules: () => [queryLimits(GRAPHQL_LIMITS.maxDepth, GRAPHQL_LIMITS.maxRootFields)],
    // Both are Payload's defaults today; stated so an upgrade cannot quietly open them.
    disablePlaygroundInProduction: true,
    disableIntrospectionInProduction: true,
  },
  editor: lexicalEditor(),
  db: postgresAdapter({
    pool: { connectionString: env.DATABASE_URL, max: 10, connectionTimeoutMillis: 5000 },
    // UUIDs: two auth collections must never share ids, and ids must not be guessable.
    idType: 'uuid',
    // Schema changes go through committed migrations only (src/migrations).
    push: false,
    migrationDir: path.resolve(dirname, 'src/migrations'),
    afterSchemaInit: [vehicleListIndexes],
    // Reads spread over the replicas; for 2 s after a write this process reads the primary again,
    // so a visitor sees what they just saved despite replication lag.
    ...(readReplicas.length ? { readReplicas } : {}),
  }),
  email: emailAdapter(env),
  sharp,
  // Last, so the fields plugins add get their French too (src/admin/i18n/adminLabels.ts).
  plugins: [...plugins(env), adminInFrench],
  jobs: jobs(env),
  upload: { limits: { fileSize: 15 * 1024 * 1024 } },
  typescript: { outputFile: path.resolve(dirname, 'src/payload-types.ts') },
  telemetry: false,
  hooks: { afterError: [answerBusyDatabase] },
  // JSON lines in production, each with the request's id (docs/operations.md, Logs); quiet in tests.
  logger: payloadLogger(env),
  onInit: async (payload) => {
    // pg emits 'error' on the pool when an idle connection drops (server restart); unhandled, it
    // would take the whole process down instead of letting the next query reconnect.
    payload.db.pool?.on('error', (err) => payload.logger.error({ err, msg: 'PostgreSQL idle connection lost' }))
    await ensurePrivateDocumentFolder(payload)
  },
})
