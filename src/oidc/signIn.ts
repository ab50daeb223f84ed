import { randomBytes } from 'node:crypto'

import {
  getFieldsToSign,
  jwtSign,
  type CollectionSlug,
  type Payload,
  type PayloadRequest,
  type SanitizedCollectionConfig,
} from 'payload'
import { generatePayloadCookie } from 'payload/shared'

import type { OidcProviderSettings } from '@/config/oidc'
import {
  decideCustomerSignIn,
  decideStaffSignIn,
  type CustomerDecision,
  type ProviderClaims,
  type StaffDecision,
} from '@/domain/providerSignIn'

/**
 * After the provider's tokens are checked (src/oidc/callback.ts): find or create the account the
 * claims name, then open a session exactly as Payload's password login does — a session row, the
 * same signed fields, the collection's beforeLogin and afterLogin hooks (erased accounts refused,
 * sign-in budgets given back, last sign-in recorded) — and hand back Payload's own cookie.
 *
 * These are the auth system's own reads and writes (like Payload's login operation), done for a
 * visitor who is nobody yet: they run with overrideAccess.
 */

export type Refusal = Extract<StaffDecision | CustomerDecision, { kind: 'refuse' }>['reason']

export class SignInRefused extends Error {
  constructor(readonly reason: Refusal | 'unverifiedAccount') {
    super(reason)
  }
}

type AuthSlug = 'users' | 'customers'
type IdentityRow = {
  id?: string | null
  provider: string
  subject: string
  email?: string | null
  linkedAt?: string | null
}
type AccountDoc = {
  id: string
  email: string
  role?: string | null
  identities?: IdentityRow[] | null
  erasure?: { status?: string | null } | null
  sessions?: Array<{ id: string; createdAt: string | Date; expiresAt: string | Date }> | null
  _verified?: boolean | null
  [field: string]: unknown
}
/** The user as Payload's hooks and signing helpers take it. */
type HookUser = NonNullable<PayloadRequest['user']>
const asUser = (doc: AccountDoc) => doc as unknown as HookUser

const slugOf = (provider: OidcProviderSettings): AuthSlug => (provider.audience === 'staff' ? 'users' : 'customers')

export async function findLinked(payload: Payload, slug: AuthSlug, provider: string, subject: string) {
  const { docs } = await payload.find({
    collection: slug,
    where: { 'identities.subject': { equals: subject } },
    depth: 0,
    limit: 10,
    overrideAccess: true,
    showHiddenFields: true,
  })
  // The where clause may match provider and subject on different rows: check the pair.
  return (
    (docs as unknown as AccountDoc[]).find((doc) =>
      (doc.identities ?? []).some((row) => row.provider === provider && row.subject === subject),
    ) ?? null
  )
}

async function findByEmail(payload: Payload, slug: AuthSlug, email: string | null | undefined) {
  if (!email) return null
  const { docs } = await payload.find({
    collection: slug,
    where: { email: { equals: email.trim().toLowerCase() } },
    depth: 0,
    limit: 1,
    overrideAccess: true,
    showHiddenFields: true,
  })
  return (docs[0] as unknown as AccountDoc | undefined) ?? null
}

const erased = (doc: AccountDoc | null) =>
  doc ? { id: doc.id, erased: Boolean(doc.erasure?.status && doc.erasure.status !== 'none') } : null

function identityRow(provider: OidcProviderSettings, claims: ProviderClaims) {
  return {
    provider: provider.id,
    subject: claims.sub,
    email: claims.email?.trim().toLowerCase() || undefined,
    linkedAt: new Date().toISOString(),
  }
}

/** Finds, links or creates the account; throws SignInRefused. Returns the account's id. */
export async function resolveAccount(
  payload: Payload,
  provider: OidcProviderSettings,
  claims: ProviderClaims,
  clientAddress: string | null,
  locale: string,
): Promise<{ slug: AuthSlug; id: string }> {
  const slug = slugOf(provider)
  const linkedDoc = await findLinked(payload, slug, provider.id, claims.sub)
  const byEmailDoc = linkedDoc ? null : await findByEmail(payload, slug, claims.email)
  const context = { clientAddress: clientAddress ?? undefined, oidcSignIn: provider.id }

  if (slug === 'users') {
    const decision = decideStaffSignIn({
      claims,
      linked: erased(linkedDoc),
      byEmail: erased(byEmailDoc),
      allowedDomains: provider.allowedDomains,
      roleClaim: provider.roleClaim,
      roleMap: provider.roleMap,
    })
    if (decision.kind === 'refuse') throw new SignInRefused(decision.reason)
    if (decision.kind === 'create') {
      // The first account of an installation is its admin (Users' firstUserIsAdmin): it is made
      // with a password, never by whoever first arrives from an allowed domain.
      const { totalDocs } = await payload.count({ collection: 'users', overrideAccess: true })
      if (totalDocs === 0) throw new SignInRefused('notInvited')
      const created = await payload.create({
        collection: 'users',
        overrideAccess: true,
        context,
        data: {
          email: decision.email,
          name: typeof claims.name === 'string' ? claims.name.slice(0, 120) : undefined,
          role: decision.role as 'admin' | 'sales' | 'marketing',
          password: randomBytes(32).toString('base64url'),
          identities: [identityRow(provider, claims)],
        },
      })
      return { slug, id: String(created.id) }
    }
    const current = (linkedDoc ?? byEmailDoc)!
    const data: Record<string, unknown> = {}
    if (decision.link) data.identities = [...(current.identities ?? []), identityRow(provider, claims)]
    if (decision.role && decision.role !== current.role) data.role = decision.role
    if (Object.keys(data).length) {
      try {
        await payload.update({ collection: 'users', id: current.id, data, overrideAccess: true, context })
      } catch (error) {
        // keepOneAdmin refuses to demote the last admin: the mapping does not get to lock everybody out.
        if (!data.role) throw error
        throw new SignInRefused('noRole')
      }
    }
    return { slug, id: decision.userId }
  }

  const decision = decideCustomerSignIn({ claims, linked: erased(linkedDoc), byEmail: erased(byEmailDoc) })
  if (decision.kind === 'refuse') throw new SignInRefused(decision.reason)
  if (decision.kind === 'create') {
    const given = typeof claims.given_name === 'string' ? claims.given_name.slice(0, 80) : undefined
    const family = typeof claims.family_name === 'string' ? claims.family_name.slice(0, 80) : undefined
    const created = await payload.create({
      collection: 'customers',
      overrideAccess: true,
      // Counted against the visitor's registration budget, as the form is (createBudget).
      context,
      disableVerificationEmail: true,
      data: {
        email: decision.email,
        password: randomBytes(32).toString('base64url'),
        _verified: true,
        firstName: given,
        lastName: family,
        language: locale === 'en' ? 'en' : 'fr',
        identities: [identityRow(provider, claims)],
      },
    })
    return { slug, id: String(created.id) }
  }
  if (decision.link) {
    const current = byEmailDoc!
    await payload.update({
      collection: 'customers',
      id: current.id,
      overrideAccess: true,
      context,
      // The provider vouches for the address: an account still waiting for its confirmation mail is confirmed.
      data: { identities: [...(current.identities ?? []), identityRow(provider, claims)], _verified: true },
    })
  }
  return { slug, id: decision.customerId }
}

/**
 * Payload's login operation after the password check (payload/dist/auth/operations/login.js):
 * session row, fields to sign, beforeLogin hooks, jwtSign, afterLogin hooks. Returns the token and
 * the Set-Cookie header value of Payload's own cookie.
 */
export async function openSession(
  req: PayloadRequest,
  slug: AuthSlug,
  id: string,
): Promise<{ token: string; cookie: string; exp: number; collectionConfig: SanitizedCollectionConfig }> {
  const { payload } = req
  const collectionConfig = payload.collections[slug as CollectionSlug].config
  let user = (await payload.db.findOne({ collection: slug, req, where: { id: { equals: id } } })) as AccountDoc | null
  if (!user) throw new SignInRefused('notInvited')
  if (collectionConfig.auth.verify && user._verified === false) throw new SignInRefused('unverifiedAccount')
  user.collection = slug
  user._strategy = 'local-jwt'

  for (const hook of collectionConfig.hooks?.beforeLogin ?? []) {
    user = ((await hook({ collection: collectionConfig, context: req.context, req, user: asUser(user) })) ||
      user) as AccountDoc
  }

  let sid: string | undefined
  if (collectionConfig.auth.useSessions) {
    sid = crypto.randomUUID()
    const now = new Date()
    const session = {
      id: sid,
      createdAt: now,
      expiresAt: new Date(now.getTime() + collectionConfig.auth.tokenExpiration * 1000),
    }
    const sessions = (user.sessions ?? []).filter(({ expiresAt }) => new Date(expiresAt) > now)
    user.sessions = [...sessions, session]
    // The whole row, as Payload's addSessionToUser writes it: the adapter rewrites every array it is
    // given and clears those it is not (the linked identities would go). No updatedAt: not an edit.
    await payload.db.updateOne({
      id: user.id,
      collection: slug,
      data: { ...user, updatedAt: null },
      req,
      returning: false,
    })
  }

  const fieldsToSign = getFieldsToSign({ collectionConfig, email: user.email, sid, user: asUser(user) })
  const { exp, token } = await jwtSign({
    fieldsToSign,
    secret: payload.secret,
    tokenExpiration: collectionConfig.auth.tokenExpiration,
  })
  req.user = asUser(user)
  for (const hook of collectionConfig.hooks?.afterLogin ?? []) {
    await hook({ collection: collectionConfig, context: req.context, req, token, user: asUser(user) })
  }
  const cookie = generatePayloadCookie({
    collectionAuthConfig: collectionConfig.auth,
    cookiePrefix: payload.config.cookiePrefix,
    token,
  }) as string
  return { token, cookie, exp, collectionConfig }
}
