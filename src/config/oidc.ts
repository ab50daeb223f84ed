import { createPrivateKey, type KeyObject } from 'node:crypto'

import { z } from 'zod'

import { normaliseDomains } from '@/domain/signInDomains'

/**
 * OpenID Connect sign-in, read from the environment (docs/security.md, "Sign-in with a provider").
 * `OIDC_PROVIDERS` lists the ids; each id has its own variables, the id upper-cased with `-` → `_`:
 * `OIDC_STAFF_IDP_ISSUER` for `staff-idp`. No list: no provider, the feature is off.
 */

export type OidcAudience = 'staff' | 'customers'

export type OidcProviderSettings = {
  id: string
  /** Who signs in through it: staff (the admin) or customers (the portal). */
  audience: OidcAudience
  issuer: string
  clientId: string
  clientSecret?: string
  label: string
  /** Staff only: addresses of these domains may get an account on their first sign-in. */
  allowedDomains: string[]
  /** Staff only: the claim carrying the role, and how its values map to our roles. */
  roleClaim?: string
  roleMap: Record<string, string>
  scopes: string
  /**
   * API bearer tokens: the apps (client ids, or audiences) whose access tokens from this provider
   * open the API; by default our own client's only.
   */
  apiClients: string[]
  /**
   * A provider without token introspection can only be asked through userinfo, which cannot tell
   * which app a token was issued to: its tokens open the API only when this is turned on.
   */
  apiUserinfo: boolean
  /**
   * `form_post`: the provider POSTs `code` and `state` to the callback (Apple does when it asks for
   * the name or e-mail); `query` (default): it sends them in the callback URL.
   */
  responseMode: 'query' | 'form_post'
  /**
   * A client secret that is a short-lived JWT signed with a key the provider gave (Apple), made
   * anew for each token request, instead of a fixed CLIENT_SECRET.
   */
  clientSecretJwt?: ClientSecretJwtSettings
}

export type ClientSecretJwtSettings = {
  /** An EC P-256 private key: the JWT is signed ES256. */
  privateKey: KeyObject
  keyId: string
  /** The JWT's `iss` (Apple: the team id). */
  teamId: string
  /** The JWT's `aud`. */
  audience: string
}

export type StaffPasswordLogin = 'on' | 'admins' | 'off'

export type OidcSettings = {
  providers: OidcProviderSettings[]
  /** `off`: staff sign in through a provider only; `admins`: admins keep their password (break-glass). */
  staffPasswordLogin: StaffPasswordLogin
  /** How long a provider's answer on a bearer token is trusted before it is asked again (0-60 s). */
  bearerCacheSeconds: number
}

const PROVIDER_ID = /^[a-z][a-z0-9-]{0,31}$/
const ROLES = ['admin', 'sales', 'marketing']

/** `staff-idp` → `OIDC_STAFF_IDP_`. */
export const oidcVariablePrefix = (id: string) => `OIDC_${id.toUpperCase().replace(/-/g, '_')}_`

export class OidcConfigError extends Error {
  constructor(
    readonly variable: string,
    message: string,
  ) {
    super(message)
  }
}

const text = (value: string | undefined) => (value?.trim() ? value.trim() : undefined)

function issuerUrl(variable: string, value: string | undefined, production: boolean): string {
  if (!value) throw new OidcConfigError(variable, 'is required')
  let url: URL
  try {
    url = new URL(value)
  } catch {
    throw new OidcConfigError(variable, 'must be the issuer URL, e.g. https://accounts.google.com')
  }
  const local = url.hostname === 'localhost' || url.hostname === '127.0.0.1' || url.hostname === '[::1]'
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && (local || !production))) {
    throw new OidcConfigError(variable, 'must be an https URL')
  }
  return value.replace(/\/$/, '')
}

function onOff(variable: string, value: string | undefined): boolean {
  if (value === undefined || value === 'off') return false
  if (value === 'on') return true
  throw new OidcConfigError(variable, 'must be on or off')
}

/** `group-a:admin,group-b:sales` → { 'group-a': 'admin', 'group-b': 'sales' }. */
function roleMap(variable: string, value: string | undefined): Record<string, string> {
  const map: Record<string, string> = {}
  for (const pair of (value ?? '').split(',').map((item) => item.trim())) {
    if (!pair) continue
    const at = pair.lastIndexOf(':')
    const claimValue = pair.slice(0, at).trim()
    const role = pair.slice(at + 1).trim()
    if (at <= 0 || !ROLES.includes(role)) {
      throw new OidcConfigError(variable, `"${pair}" must be <claim value>:<${ROLES.join('|')}>`)
    }
    map[claimValue] = role
  }
  return map
}

/** The PEM itself (newlines may be written `\\n`, as one-line environments need) or base64 of it. */
function ecPrivateKey(variable: string, value: string): KeyObject {
  const pem = value.includes('-----BEGIN') ? value.replace(/\\n/g, '\n') : Buffer.from(value, 'base64').toString('utf8')
  let key: KeyObject
  try {
    key = createPrivateKey(pem)
  } catch {
    throw new OidcConfigError(variable, 'must be the PEM private key the provider gave (-----BEGIN PRIVATE KEY-----…)')
  }
  if (key.asymmetricKeyType !== 'ec' || key.asymmetricKeyDetails?.namedCurve !== 'prime256v1') {
    throw new OidcConfigError(variable, 'must be an EC P-256 key (the JWT is signed ES256)')
  }
  return key
}

function clientSecretJwt(
  prefix: string,
  read: (name: string) => string | undefined,
  production: boolean,
): ClientSecretJwtSettings | undefined {
  const names = ['PRIVATE_KEY', 'KEY_ID', 'TEAM_ID'] as const
  const given = names.filter((name) => read(name))
  if (!given.length) {
    if (read('SECRET_AUDIENCE')) throw new OidcConfigError(`${prefix}SECRET_AUDIENCE`, 'goes with PRIVATE_KEY')
    return undefined
  }
  const missing = names.find((name) => !read(name))
  if (missing) {
    throw new OidcConfigError(
      `${prefix}${missing}`,
      `is required with ${given.map((name) => prefix + name).join(', ')}`,
    )
  }
  if (read('CLIENT_SECRET')) {
    throw new OidcConfigError(
      `${prefix}CLIENT_SECRET`,
      'must not be set with PRIVATE_KEY: the secret is made from the key',
    )
  }
  return {
    privateKey: ecPrivateKey(`${prefix}PRIVATE_KEY`, read('PRIVATE_KEY')!),
    keyId: read('KEY_ID')!,
    teamId: read('TEAM_ID')!,
    audience: issuerUrl(`${prefix}SECRET_AUDIENCE`, read('SECRET_AUDIENCE') ?? 'https://appleid.apple.com', production),
  }
}

export function parseOidcSettings(source: Record<string, string | undefined>): OidcSettings {
  const production = source.NODE_ENV === 'production'
  const login = text(source.STAFF_PASSWORD_LOGIN) ?? 'on'
  const staffPasswordLogin = z.enum(['on', 'admins', 'off']).safeParse(login)
  if (!staffPasswordLogin.success) throw new OidcConfigError('STAFF_PASSWORD_LOGIN', 'must be on, admins or off')

  const ids = (text(source.OIDC_PROVIDERS) ?? '')
    .split(',')
    .map((id) => id.trim().toLowerCase())
    .filter(Boolean)
  const providers = ids.map((id): OidcProviderSettings => {
    if (!PROVIDER_ID.test(id)) {
      throw new OidcConfigError('OIDC_PROVIDERS', `"${id}" must be lower-case letters, digits and dashes`)
    }
    if (ids.indexOf(id) !== ids.lastIndexOf(id)) throw new OidcConfigError('OIDC_PROVIDERS', `"${id}" is listed twice`)
    const prefix = oidcVariablePrefix(id)
    const read = (name: string) => text(source[prefix + name])
    const audience = read('AUDIENCE')
    if (audience !== 'staff' && audience !== 'customers') {
      throw new OidcConfigError(`${prefix}AUDIENCE`, 'must be staff or customers')
    }
    const clientId = read('CLIENT_ID')
    if (!clientId) throw new OidcConfigError(`${prefix}CLIENT_ID`, 'is required')
    const roleClaim = read('ROLE_CLAIM')
    const roles = roleMap(`${prefix}ROLE_MAP`, read('ROLE_MAP'))
    if (audience === 'customers' && (roleClaim || read('ALLOWED_DOMAINS'))) {
      throw new OidcConfigError(`${prefix}ROLE_CLAIM`, 'and ALLOWED_DOMAINS are for staff providers only')
    }
    if (roleClaim && Object.keys(roles).length === 0) {
      throw new OidcConfigError(`${prefix}ROLE_MAP`, 'is required with ROLE_CLAIM (e.g. autoport-admins:admin)')
    }
    let allowedDomains: string[]
    try {
      allowedDomains = normaliseDomains(read('ALLOWED_DOMAINS') ?? '')
    } catch (error) {
      throw new OidcConfigError(`${prefix}ALLOWED_DOMAINS`, (error as Error).message)
    }
    const responseMode = read('RESPONSE_MODE') ?? 'query'
    if (responseMode !== 'query' && responseMode !== 'form_post') {
      throw new OidcConfigError(`${prefix}RESPONSE_MODE`, 'must be query or form_post')
    }
    return {
      id,
      audience,
      issuer: issuerUrl(`${prefix}ISSUER`, read('ISSUER'), production),
      clientId,
      clientSecret: read('CLIENT_SECRET'),
      label: read('LABEL') ?? id,
      allowedDomains,
      roleClaim,
      roleMap: roles,
      scopes: read('SCOPES') ?? 'openid email profile',
      apiClients: (read('API_CLIENTS') ?? clientId)
        .split(',')
        .map((item) => item.trim())
        .filter(Boolean),
      apiUserinfo: onOff(`${prefix}API_USERINFO`, read('API_USERINFO')),
      responseMode,
      clientSecretJwt: clientSecretJwt(prefix, read, production),
    }
  })
  if (staffPasswordLogin.data !== 'on' && !providers.some((provider) => provider.audience === 'staff')) {
    throw new OidcConfigError('STAFF_PASSWORD_LOGIN', 'can only be turned off with a staff provider in OIDC_PROVIDERS')
  }
  const cache = text(source.OIDC_BEARER_CACHE_SECONDS) ?? '60'
  const bearerCacheSeconds = Number(cache)
  if (!/^\d+$/.test(cache) || bearerCacheSeconds > 60) {
    throw new OidcConfigError('OIDC_BEARER_CACHE_SECONDS', 'must be a number of seconds from 0 to 60')
  }
  return { providers, staffPasswordLogin: staffPasswordLogin.data, bearerCacheSeconds }
}
