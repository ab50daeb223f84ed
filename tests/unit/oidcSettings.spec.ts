import { generateKeyPairSync } from 'node:crypto'

import { describe, expect, it } from 'vitest'

import { ConfigError, parseEnv } from '@/config/env'
import { parseOidcSettings } from '@/config/oidc'

const base = { DATABASE_URL: 'postgres://app:pw@db.internal:5432/autoport', PAYLOAD_SECRET: 's'.repeat(40) }
const staffIdp = {
  OIDC_PROVIDERS: 'staff-idp, google',
  OIDC_STAFF_IDP_AUDIENCE: 'staff',
  OIDC_STAFF_IDP_ISSUER: 'https://login.autoport.fr/realms/staff/',
  OIDC_STAFF_IDP_CLIENT_ID: 'autoport-admin',
  OIDC_STAFF_IDP_CLIENT_SECRET: 'secret',
  OIDC_STAFF_IDP_ALLOWED_DOMAINS: 'autoport.fr',
  OIDC_STAFF_IDP_ROLE_CLAIM: 'groups',
  OIDC_STAFF_IDP_ROLE_MAP: 'autoport-admins:admin, autoport-sales:sales',
  OIDC_GOOGLE_AUDIENCE: 'customers',
  OIDC_GOOGLE_ISSUER: 'https://accounts.google.com',
  OIDC_GOOGLE_CLIENT_ID: 'g-id',
  OIDC_GOOGLE_LABEL: 'Google',
}

describe('OpenID Connect settings', () => {
  it('is off when no provider is listed, staff passwords on', () => {
    expect(parseOidcSettings({})).toEqual({ providers: [], staffPasswordLogin: 'on', bearerCacheSeconds: 60 })
  })

  it('reads each provider from its own variables', () => {
    const { providers } = parseOidcSettings(staffIdp)
    expect(providers).toEqual([
      {
        id: 'staff-idp',
        audience: 'staff',
        issuer: 'https://login.autoport.fr/realms/staff',
        clientId: 'autoport-admin',
        clientSecret: 'secret',
        label: 'staff-idp',
        allowedDomains: ['autoport.fr'],
        roleClaim: 'groups',
        roleMap: { 'autoport-admins': 'admin', 'autoport-sales': 'sales' },
        scopes: 'openid email profile',
        apiClients: ['autoport-admin'],
        apiUserinfo: false,
        responseMode: 'query',
      },
      expect.objectContaining({ id: 'google', audience: 'customers', label: 'Google', allowedDomains: [] }),
    ])
  })

  it.each([
    [{ OIDC_PROVIDERS: 'Staff IdP' }, 'OIDC_PROVIDERS "staff idp" must be lower-case'],
    [{ OIDC_GOOGLE_AUDIENCE: 'everyone' }, 'OIDC_GOOGLE_AUDIENCE must be staff or customers'],
    [{ OIDC_GOOGLE_ISSUER: undefined }, 'OIDC_GOOGLE_ISSUER is required'],
    [{ OIDC_GOOGLE_CLIENT_ID: '' }, 'OIDC_GOOGLE_CLIENT_ID is required'],
    [{ OIDC_STAFF_IDP_ROLE_MAP: 'admins:root' }, 'OIDC_STAFF_IDP_ROLE_MAP "admins:root" must be'],
    [{ OIDC_STAFF_IDP_ROLE_MAP: '' }, 'OIDC_STAFF_IDP_ROLE_MAP is required with ROLE_CLAIM'],
    [{ OIDC_STAFF_IDP_ALLOWED_DOMAINS: 'autoport' }, 'OIDC_STAFF_IDP_ALLOWED_DOMAINS "autoport" is not a domain'],
    [{ OIDC_GOOGLE_ALLOWED_DOMAINS: 'gmail.com' }, 'OIDC_GOOGLE_ROLE_CLAIM and ALLOWED_DOMAINS are for staff'],
    [{ STAFF_PASSWORD_LOGIN: 'no' }, 'STAFF_PASSWORD_LOGIN must be on, admins or off'],
    [{ OIDC_GOOGLE_API_USERINFO: 'yes' }, 'OIDC_GOOGLE_API_USERINFO must be on or off'],
    [{ OIDC_BEARER_CACHE_SECONDS: '600' }, 'OIDC_BEARER_CACHE_SECONDS must be a number of seconds from 0 to 60'],
    [
      {
        NODE_ENV: 'production',
        DOCUMENT_KEYS: `k1:${Buffer.alloc(32, 1).toString('base64')}`,
        OIDC_GOOGLE_ISSUER: 'http://accounts.example.com',
      },
      'OIDC_GOOGLE_ISSUER must be an https URL',
    ],
  ])('refuses %o at start-up, naming the variable', (override, message) => {
    expect(() => parseEnv({ ...base, ...staffIdp, ...override })).toThrow(ConfigError)
    expect(() => parseEnv({ ...base, ...staffIdp, ...override })).toThrow(message)
  })

  it('accepts plain http for a provider on this machine, even in production', () => {
    const { providers } = parseOidcSettings({
      ...staffIdp,
      NODE_ENV: 'production',
      OIDC_GOOGLE_ISSUER: 'http://127.0.0.1:4400',
    })
    expect(providers[1]!.issuer).toBe('http://127.0.0.1:4400')
  })

  it('turns staff passwords off only with a staff provider to sign in with', () => {
    expect(parseOidcSettings({ ...staffIdp, STAFF_PASSWORD_LOGIN: 'off' }).staffPasswordLogin).toBe('off')
    expect(() => parseOidcSettings({ STAFF_PASSWORD_LOGIN: 'off' })).toThrow(
      'can only be turned off with a staff provider',
    )
  })

  describe('Apple-style providers (form_post, a JWT client secret)', () => {
    const ecKey = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({
      format: 'pem',
      type: 'pkcs8',
    }) as string
    const apple = {
      OIDC_PROVIDERS: 'apple',
      OIDC_APPLE_AUDIENCE: 'customers',
      OIDC_APPLE_ISSUER: 'https://appleid.apple.com',
      OIDC_APPLE_CLIENT_ID: 'fr.autoport.web',
      OIDC_APPLE_RESPONSE_MODE: 'form_post',
      // One line, as most environments hold it.
      OIDC_APPLE_PRIVATE_KEY: ecKey.replace(/\n/g, '\\n'),
      OIDC_APPLE_KEY_ID: 'ABC123DEFG',
      OIDC_APPLE_TEAM_ID: 'TEAM123456',
    }

    it('reads the response mode and the key the secret is signed with; Apple is the default audience', () => {
      const [provider] = parseOidcSettings(apple).providers
      expect(provider).toMatchObject({ responseMode: 'form_post', clientSecret: undefined })
      expect(provider!.clientSecretJwt).toMatchObject({
        keyId: 'ABC123DEFG',
        teamId: 'TEAM123456',
        audience: 'https://appleid.apple.com',
      })
      expect(provider!.clientSecretJwt!.privateKey.asymmetricKeyType).toBe('ec')
      // The key may also be given as base64 of the PEM.
      const base64 = parseOidcSettings({ ...apple, OIDC_APPLE_PRIVATE_KEY: Buffer.from(ecKey).toString('base64') })
      expect(base64.providers[0]!.clientSecretJwt!.privateKey.asymmetricKeyType).toBe('ec')
    })

    const rsaKey = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({
      format: 'pem',
      type: 'pkcs8',
    })
    it.each([
      [{ OIDC_APPLE_RESPONSE_MODE: 'fragment' }, 'OIDC_APPLE_RESPONSE_MODE must be query or form_post'],
      [
        { OIDC_APPLE_KEY_ID: undefined },
        'OIDC_APPLE_KEY_ID is required with OIDC_APPLE_PRIVATE_KEY, OIDC_APPLE_TEAM_ID',
      ],
      [{ OIDC_APPLE_PRIVATE_KEY: '' }, 'OIDC_APPLE_PRIVATE_KEY is required with'],
      [
        { OIDC_APPLE_PRIVATE_KEY: '-----BEGIN PRIVATE KEY-----\\nnot a key' },
        'OIDC_APPLE_PRIVATE_KEY must be the PEM private key',
      ],
      [{ OIDC_APPLE_PRIVATE_KEY: String(rsaKey) }, 'OIDC_APPLE_PRIVATE_KEY must be an EC P-256 key'],
      [{ OIDC_APPLE_CLIENT_SECRET: 'fixed' }, 'OIDC_APPLE_CLIENT_SECRET must not be set with PRIVATE_KEY'],
      [{ OIDC_APPLE_SECRET_AUDIENCE: 'apple' }, 'OIDC_APPLE_SECRET_AUDIENCE must be'],
    ])('refuses %o, naming the variable', (override, message) => {
      expect(() => parseEnv({ ...base, ...apple, ...override })).toThrow(message)
    })

    it('a secret audience alone, without the key, is a mistake', () => {
      expect(() =>
        parseOidcSettings({ ...staffIdp, OIDC_GOOGLE_SECRET_AUDIENCE: 'https://appleid.apple.com' }),
      ).toThrow('goes with PRIVATE_KEY')
    })
  })
})
