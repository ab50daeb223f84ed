import { createSign, generateKeyPairSync, verify, type KeyObject } from 'node:crypto'
import { createServer, type Server } from 'node:http'

import Provider from 'oidc-provider'

/**
 * A real OpenID Connect provider (oidc-provider) on a local port, for the int and e2e tests: one
 * confidential client, accounts the test chooses, and an interaction that signs in `nextAccount`
 * without any page (GET /interaction/:uid finishes the login and the consent at once). Knobs let a
 * test make the token endpoint hand out a bad ID token, to see the app refuse it.
 */

export type FakeAccount = {
  email?: string
  email_verified?: boolean
  name?: string
  given_name?: string
  family_name?: string
  groups?: string[]
}

export type IdTokenTamper = 'expired' | 'otherKey' | 'wrongAudience' | 'edited' | null

export type FakeOidcProvider = {
  issuer: string
  clientId: string
  clientSecret: string
  accounts: Map<string, FakeAccount>
  /** The subject the next interaction signs in. */
  nextAccount: string | null
  tamper: IdTokenTamper
  /** How many codes the token endpoint has exchanged (a replay that reached it would show). */
  tokenRequests: number
  /** How many times the app asked about a token (introspection or userinfo). */
  tokenChecks: number
  /** Every request answered 503, as a provider that is down would. */
  unavailable: boolean
  /**
   * An access token for `sub`, as the provider would give an app after its sign-in: issued to our
   * client unless `clientId` names another (see `otherClients`). Opaque, as oidc-provider's are.
   */
  mintAccessToken: (sub: string, options?: { clientId?: string; expiresIn?: number }) => Promise<string>
  revokeAccessToken: (token: string) => Promise<void>
  /** Apple-style secrets: the claims of each JWT client secret the token endpoint accepted. */
  acceptedSecretJwts: Array<Record<string, unknown>>
  close: () => Promise<void>
}

/**
 * The client authenticates as Apple wants: client_secret_post whose secret is a JWT signed ES256
 * with the key the provider gave (`kid`), `iss` the team id, `sub` the client id, `aud` the
 * provider, valid minutes. oidc-provider compares secrets as strings: this checks the JWT instead.
 */
export type AppleStyleSecret = { publicKey: KeyObject; keyId: string; teamId: string; audience: string }

function appleSecretClaims(
  secret: string,
  expected: AppleStyleSecret,
  clientId: string,
): Record<string, unknown> | null {
  const [h, p, s] = secret.split('.')
  if (!h || !p || !s) return null
  const { header, payload } = decode(secret)
  if (header.alg !== 'ES256' || header.kid !== expected.keyId) return null
  const signed = verify(
    'sha256',
    Buffer.from(`${h}.${p}`),
    { key: expected.publicKey, dsaEncoding: 'ieee-p1363' },
    Buffer.from(s, 'base64url'),
  )
  const now = Math.floor(Date.now() / 1000)
  if (!signed || payload.iss !== expected.teamId || payload.sub !== clientId || payload.aud !== expected.audience)
    return null
  if (typeof payload.exp !== 'number' || payload.exp <= now || payload.exp - now > 15 * 60) return null
  return payload
}

const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url')

function signJwt(header: Record<string, unknown>, payload: Record<string, unknown>, key: KeyObject): string {
  const input = `${b64(header)}.${b64(payload)}`
  const signature = createSign('RSA-SHA256').update(input).sign(key).toString('base64url')
  return `${input}.${signature}`
}

function decode(token: string): { header: Record<string, unknown>; payload: Record<string, unknown> } {
  const [header, payload] = token.split('.')
  return {
    header: JSON.parse(Buffer.from(header!, 'base64url').toString()),
    payload: JSON.parse(Buffer.from(payload!, 'base64url').toString()),
  }
}

export async function startFakeOidcProvider(options: {
  port: number
  /** Where the app sends the browser back to: `${SERVER_URL}/api/oidc/<id>/callback`. */
  redirectUris: string[]
  postLogoutRedirectUris?: string[]
  clientId?: string
  clientSecret?: string
  host?: string
  /** The client authenticates with an Apple-style JWT secret (form_post works for any client when asked). */
  appleStyleSecret?: AppleStyleSecret
  /**
   * For a provider in another process (e2e): POST /_test/sign-in-next with an account as JSON
   * (`{ "sub": …, "email": … }`) adds it and makes it the next one signed in.
   */
  testControls?: boolean
  /** Token introspection (RFC 7662) advertised and answered: on unless turned off. */
  introspection?: boolean
  /** Other apps registered at the provider (their tokens are not for us). */
  otherClients?: string[]
}): Promise<FakeOidcProvider> {
  const host = options.host ?? '127.0.0.1'
  const issuer = `http://${host}:${options.port}`
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 })
  const { privateKey: otherKey } = generateKeyPairSync('rsa', { modulusLength: 2048 })
  const kid = 'fake-oidc-key'
  const jwk = { ...privateKey.export({ format: 'jwk' }), kid, alg: 'RS256', use: 'sig' }

  const fake: FakeOidcProvider = {
    issuer,
    clientId: options.clientId ?? 'autoport-test-client',
    clientSecret: options.clientSecret ?? 'autoport-test-client-secret-0123456789',
    accounts: new Map(),
    nextAccount: null,
    tamper: null,
    tokenRequests: 0,
    tokenChecks: 0,
    unavailable: false,
    mintAccessToken: async () => '',
    revokeAccessToken: async () => {},
    acceptedSecretJwts: [],
    close: async () => {},
  }

  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: fake.clientId,
        client_secret: fake.clientSecret,
        redirect_uris: options.redirectUris,
        post_logout_redirect_uris: options.postLogoutRedirectUris ?? [],
        response_types: ['code'],
        grant_types: ['authorization_code'],
        token_endpoint_auth_method: options.appleStyleSecret ? 'client_secret_post' : 'client_secret_basic',
      },
      ...(options.otherClients ?? []).map((clientId) => ({
        client_id: clientId,
        client_secret: `${clientId}-secret-0123456789abcdef`,
        redirect_uris: ['https://partner.example/callback'],
        response_types: ['code'],
        grant_types: ['authorization_code'],
        token_endpoint_auth_method: 'client_secret_basic',
      })),
    ],
    jwks: { keys: [jwk] },
    cookies: { keys: ['fake-oidc-cookie-key-0123456789'] },
    claims: {
      openid: ['sub'],
      email: ['email', 'email_verified'],
      profile: ['name', 'given_name', 'family_name', 'groups'],
    },
    // The claims of the granted scopes go in the ID token itself, as Google's and most IdPs' do.
    conformIdTokenClaims: false,
    pkce: { required: () => true },
    features: {
      devInteractions: { enabled: false },
      introspection: { enabled: options.introspection ?? true },
      rpInitiatedLogout: {
        enabled: true,
        // No "Do you want to sign out?" page: the test browser confirms at once.
        logoutSource: async (ctx: any, form: string) => {
          ctx.body = `<!DOCTYPE html><html><body>${form}<script>
            var f = document.getElementById('op.logoutForm');
            var i = document.createElement('input');
            i.type = 'hidden'; i.name = 'logout'; i.value = 'yes';
            f.appendChild(i); f.submit();
          </script></body></html>`
        },
      },
    },
    interactions: { url: (_ctx: unknown, interaction: { uid: string }) => `/interaction/${interaction.uid}` },
    findAccount: async (_ctx: unknown, sub: string) => {
      const account = fake.accounts.get(sub)
      if (!account) return undefined
      return { accountId: sub, claims: async () => ({ sub, ...account }) }
    },
  })
  provider.on('server_error', () => {})
  const appleStyle = options.appleStyleSecret
  if (appleStyle) {
    // The registered secret is never sent: only a JWT signed with the client's key is accepted.
    provider.Client.prototype.compareClientSecret = async function (this: { clientId: string }, actual: string) {
      const claims = appleSecretClaims(actual, appleStyle, this.clientId)
      if (claims) fake.acceptedSecretJwts.push(claims)
      return Boolean(claims)
    }
  }

  // After the token endpoint has answered: rewrite its ID token as the test asked.
  provider.use(async (ctx: any, next: () => Promise<void>) => {
    if (ctx.path === '/token/introspection' || ctx.path === '/me') fake.tokenChecks += 1
    await next()
    if (ctx.path !== '/token' || ctx.method !== 'POST') return
    fake.tokenRequests += 1
    const body = ctx.body as { id_token?: string } | undefined
    if (!body?.id_token || !fake.tamper) return
    const { header, payload } = decode(body.id_token)
    const now = Math.floor(Date.now() / 1000)
    if (fake.tamper === 'expired') {
      body.id_token = signJwt(header, { ...payload, iat: now - 7200, exp: now - 3600 }, privateKey)
    } else if (fake.tamper === 'otherKey') {
      body.id_token = signJwt(header, payload, otherKey)
    } else if (fake.tamper === 'wrongAudience') {
      body.id_token = signJwt(header, { ...payload, aud: 'another-client' }, privateKey)
    } else if (fake.tamper === 'edited') {
      const [h, , s] = body.id_token.split('.')
      body.id_token = `${h}.${b64({ ...payload, email: 'someone.else@autoport.test' })}.${s}`
    }
    ctx.body = body
  })

  fake.mintAccessToken = async (sub, { clientId = fake.clientId, expiresIn = 600 } = {}) => {
    const client = await provider.Client.find(clientId)
    const grant = new provider.Grant({ accountId: sub, clientId })
    grant.addOIDCScope('openid email profile')
    const grantId = await grant.save()
    const token = new provider.AccessToken({
      client,
      accountId: sub,
      grantId,
      gty: 'authorization_code',
      scope: 'openid email profile',
      expiresIn,
    })
    return token.save()
  }
  fake.revokeAccessToken = async (value) => {
    const token = await provider.AccessToken.find(value)
    await token?.destroy()
  }

  const handle = provider.callback()
  const server: Server = createServer(async (req, res) => {
    if (fake.unavailable) {
      res.statusCode = 503
      res.end('down for maintenance')
      return
    }
    if (options.testControls && req.method === 'POST' && req.url === '/_test/sign-in-next') {
      let body = ''
      for await (const chunk of req) body += chunk
      const { sub, ...account } = JSON.parse(body) as FakeAccount & { sub: string }
      fake.accounts.set(sub, account)
      fake.nextAccount = sub
      res.statusCode = 204
      res.end()
      return
    }
    if (req.url?.startsWith('/interaction/')) {
      try {
        const details = await provider.interactionDetails(req, res)
        const accountId = fake.nextAccount
        if (!accountId) {
          await provider.interactionFinished(req, res, { error: 'access_denied' }, { mergeWithLastSubmission: false })
          return
        }
        const grant = new provider.Grant({ accountId, clientId: details.params.client_id })
        grant.addOIDCScope(String(details.params.scope))
        const grantId = await grant.save()
        await provider.interactionFinished(
          req,
          res,
          { login: { accountId }, consent: { grantId } },
          { mergeWithLastSubmission: false },
        )
      } catch (error) {
        res.statusCode = 500
        res.end(String(error))
      }
      return
    }
    handle(req, res)
  })
  await new Promise<void>((resolve) => server.listen(options.port, host, resolve))
  fake.close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections()
      server.close(() => resolve())
    })
  return fake
}

/**
 * As followToCallback, for a provider answering with response_mode=form_post: its last page is a form
 * that POSTs to `until`; returns that URL and the form's fields.
 */
export async function followToFormPost(
  start: string,
  until: string,
  jar = new Map<string, string>(),
): Promise<{ url: URL; form: URLSearchParams }> {
  let url = start
  for (let hop = 0; hop < 15; hop += 1) {
    const target = new URL(url)
    const cookie = [...jar.entries()].map(([name, value]) => `${name}=${value}`).join('; ')
    const response = await fetch(target, { redirect: 'manual', headers: cookie ? { cookie } : {} })
    for (const set of response.headers.getSetCookie()) {
      const [pair] = set.split(';')
      const [name, ...rest] = pair!.split('=')
      jar.set(name!.trim(), rest.join('='))
    }
    const location = response.headers.get('location')
    if (location) {
      url = new URL(location, target).href
      continue
    }
    const html = await response.text()
    const action = /<form method="post" action="([^"]+)"/.exec(html)?.[1]?.replace(/&amp;/g, '&')
    if (!action?.startsWith(until))
      throw new Error(`provider stopped at ${target.pathname}: ${response.status} ${html}`)
    const form = new URLSearchParams()
    for (const [, name, value] of html.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)"\/>/g)) {
      form.set(
        name!,
        value!
          .replace(/&quot;/g, '"')
          .replace(/&#39;/g, "'")
          .replace(/&lt;/g, '<')
          .replace(/&gt;/g, '>')
          .replace(/&amp;/g, '&'),
      )
    }
    return { url: new URL(action), form }
  }
  throw new Error('too many redirects at the provider')
}

/**
 * A browser without pages: follows the provider's redirects with its cookies until it is sent to
 * `until` (the app's callback), and returns that URL.
 */
export async function followToCallback(start: string, until: string, jar = new Map<string, string>()): Promise<URL> {
  let url = start
  for (let hop = 0; hop < 15; hop += 1) {
    if (url.startsWith(until)) return new URL(url)
    const target = new URL(url)
    const cookie = [...jar.entries()].map(([name, value]) => `${name}=${value}`).join('; ')
    const response = await fetch(target, { redirect: 'manual', headers: cookie ? { cookie } : {} })
    for (const set of response.headers.getSetCookie()) {
      const [pair] = set.split(';')
      const [name, ...rest] = pair!.split('=')
      const value = rest.join('=')
      if (/max-age=0|expires=Thu, 01 Jan 1970/i.test(set) || value === '') jar.delete(name!.trim())
      else jar.set(name!.trim(), value)
    }
    const location = response.headers.get('location')
    if (!location)
      throw new Error(`provider stopped at ${target.pathname}: ${response.status} ${await response.text()}`)
    url = new URL(location, target).href
  }
  throw new Error('too many redirects at the provider')
}
