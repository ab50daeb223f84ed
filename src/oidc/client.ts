import { randomUUID, sign } from 'node:crypto'

import * as client from 'openid-client'

import { getEnv, getOidcSettings } from '@/config/env'
import type { ClientSecretJwtSettings, OidcProviderSettings } from '@/config/oidc'

/**
 * openid-client does every check of the protocol: the issuer's metadata and keys (discovery), PKCE,
 * `state`, and the ID token's signature, issuer, audience, expiry and nonce. Signatures are checked
 * even though the token comes straight from the token endpoint (enableNonRepudiationChecks): a
 * compromised or mis-routed endpoint cannot hand us a token its keys did not sign.
 */

export class ProviderUnavailable extends Error {
  override name = 'ProviderUnavailable'
}

export function oidcProvider(id: string): OidcProviderSettings | undefined {
  return getOidcSettings().providers.find((provider) => provider.id === id)
}

export function oidcProvidersFor(audience: OidcProviderSettings['audience']): OidcProviderSettings[] {
  return getOidcSettings().providers.filter((provider) => provider.audience === audience)
}

export function callbackUrl(provider: OidcProviderSettings): string {
  return `${getEnv().SERVER_URL}/api/oidc/${provider.id}/callback`
}

/** Metadata is kept an hour; a failed discovery is not kept, so the next try asks again. */
const DISCOVERY_TTL_MS = 60 * 60 * 1000
const configurations = new Map<string, { at: number; config: Promise<client.Configuration> }>()

export function forgetOidcConfigurations(): void {
  configurations.clear()
}

/** Long enough for one token request; a leaked secret is worth nothing minutes later. */
const CLIENT_SECRET_JWT_TTL_SECONDS = 5 * 60

/**
 * Apple's client secret: a JWT signed ES256 with the key Apple gave (`kid` its id), `iss` the team
 * id, `sub` the client id, `aud` Apple. Apple accepts one valid up to six months; ours is made anew
 * for each request and lives minutes, so no long-lived secret exists anywhere but the key.
 */
export function clientSecretJwt(settings: ClientSecretJwtSettings, clientId: string, now = Date.now()): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url')
  const iat = Math.floor(now / 1000)
  const input = `${part({ alg: 'ES256', kid: settings.keyId, typ: 'JWT' })}.${part({
    iss: settings.teamId,
    sub: clientId,
    aud: settings.audience,
    iat,
    exp: iat + CLIENT_SECRET_JWT_TTL_SECONDS,
    jti: randomUUID(),
  })}`
  // JOSE wants the raw r||s signature, not DER.
  const signature = sign('sha256', Buffer.from(input), { key: settings.privateKey, dsaEncoding: 'ieee-p1363' })
  return `${input}.${signature.toString('base64url')}`
}

/**
 * How we authenticate at the token endpoint: openid-client's client_secret_post, with a fresh JWT
 * each time for a provider configured with a private key (the Configuration is kept an hour, the
 * secret must not be).
 */
function clientAuthentication(provider: OidcProviderSettings): client.ClientAuth {
  const jwt = provider.clientSecretJwt
  if (jwt) {
    return (as, metadata, body, headers) =>
      client.ClientSecretPost(clientSecretJwt(jwt, provider.clientId))(as, metadata, body, headers)
  }
  return provider.clientSecret ? client.ClientSecretBasic(provider.clientSecret) : client.None()
}

async function discover(provider: OidcProviderSettings): Promise<client.Configuration> {
  const insecure = provider.issuer.startsWith('http://')
  try {
    return await client.discovery(
      new URL(provider.issuer),
      provider.clientId,
      { client_secret: provider.clientSecret },
      clientAuthentication(provider),
      {
        // Plain http is only accepted for a provider on this machine or outside production (src/config/oidc.ts).
        execute: [client.enableNonRepudiationChecks, ...(insecure ? [client.allowInsecureRequests] : [])],
        timeout: 5,
      },
    )
  } catch (error) {
    throw new ProviderUnavailable(`${provider.id}: discovery failed (${(error as Error).message})`, { cause: error })
  }
}

export async function providerConfiguration(provider: OidcProviderSettings): Promise<client.Configuration> {
  const cached = configurations.get(provider.id)
  if (cached && Date.now() - cached.at < DISCOVERY_TTL_MS) return cached.config
  const config = discover(provider)
  configurations.set(provider.id, { at: Date.now(), config })
  config.catch(() => configurations.delete(provider.id))
  return config
}
