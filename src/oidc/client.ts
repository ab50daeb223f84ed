import * as client from 'openid-client'

import { getEnv, getOidcSettings } from '@/config/env'
import type { OidcProviderSettings } from '@/config/oidc'

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

async function discover(provider: OidcProviderSettings): Promise<client.Configuration> {
  const insecure = provider.issuer.startsWith('http://')
  try {
    return await client.discovery(
      new URL(provider.issuer),
      provider.clientId,
      { client_secret: provider.clientSecret },
      provider.clientSecret ? client.ClientSecretBasic(provider.clientSecret) : client.None(),
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
