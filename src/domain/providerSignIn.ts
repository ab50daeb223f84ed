import { isAllowedDomain } from './signInDomains'

/**
 * What a sign-in through an OpenID Connect provider does, once its ID token has been checked: the
 * claims decide nothing alone. Staff get in only when invited (an account exists) or when their
 * domain is allowed; their role comes from the provider only through a configured mapping. A
 * customer's existing account is joined only to an address the provider says it verified.
 */

export type ProviderClaims = {
  sub: string
  email?: string | null
  emailVerified?: boolean | null
  name?: string | null
  [claim: string]: unknown
}

/** Reads `email_verified` as providers send it: a boolean, or the strings "true"/"false" (some do). */
export function emailVerifiedClaim(value: unknown): boolean {
  return value === true || value === 'true'
}

/**
 * The role a configured claim grants: the claim may be one value or a list (groups). When several
 * map, the widest wins (admin, then sales, then marketing); none: null.
 */
export function roleFromClaims(
  claims: Record<string, unknown>,
  claim: string | undefined,
  map: Readonly<Record<string, string>>,
): string | null {
  if (!claim) return null
  const raw = claims[claim]
  const values = (Array.isArray(raw) ? raw : [raw]).filter((value): value is string => typeof value === 'string')
  const granted = new Set(values.map((value) => map[value]).filter(Boolean))
  return ['admin', 'sales', 'marketing'].find((role) => granted.has(role)) ?? null
}

type Account = { id: string; erased?: boolean }

export type StaffDecision =
  | { kind: 'signIn'; userId: string; link: boolean; role: string | null }
  | { kind: 'create'; email: string; role: string }
  | { kind: 'refuse'; reason: 'noEmail' | 'unverifiedEmail' | 'notInvited' | 'noRole' }

/**
 * `linked`: the account already joined to this provider's subject; `byEmail`: the staff account with
 * the token's address. A new account gets the mapped role, or the least one (marketing) when no
 * mapping is configured: an administrator raises it in the admin.
 */
export function decideStaffSignIn(input: {
  claims: ProviderClaims
  linked: Account | null
  byEmail: Account | null
  allowedDomains: readonly string[]
  roleClaim?: string
  roleMap: Readonly<Record<string, string>>
}): StaffDecision {
  const { claims, linked, byEmail } = input
  const mapped = input.roleClaim ? roleFromClaims(claims, input.roleClaim, input.roleMap) : null
  if (linked) return { kind: 'signIn', userId: linked.id, link: false, role: mapped }
  const email = claims.email?.trim().toLowerCase()
  if (!email) return { kind: 'refuse', reason: 'noEmail' }
  if (!claims.emailVerified) return { kind: 'refuse', reason: 'unverifiedEmail' }
  if (byEmail) return { kind: 'signIn', userId: byEmail.id, link: true, role: mapped }
  if (!isAllowedDomain(email, input.allowedDomains)) return { kind: 'refuse', reason: 'notInvited' }
  if (input.roleClaim && !mapped) return { kind: 'refuse', reason: 'noRole' }
  return { kind: 'create', email, role: mapped ?? 'marketing' }
}

export type CustomerDecision =
  | { kind: 'signIn'; customerId: string; link: boolean }
  | { kind: 'create'; email: string }
  | { kind: 'refuse'; reason: 'noEmail' | 'unverifiedEmail' | 'accountExists' | 'erased' }

/**
 * An erased account (or one whose erasure is under way) never signs in again, whichever way it is
 * found. An unverified address neither joins an account (someone else may own that mailbox) nor
 * opens one (our accounts need a confirmed address).
 */
export function decideCustomerSignIn(input: {
  claims: ProviderClaims
  linked: Account | null
  byEmail: Account | null
}): CustomerDecision {
  const { claims, linked, byEmail } = input
  if (linked)
    return linked.erased ? { kind: 'refuse', reason: 'erased' } : { kind: 'signIn', customerId: linked.id, link: false }
  const email = claims.email?.trim().toLowerCase()
  if (!email) return { kind: 'refuse', reason: 'noEmail' }
  if (byEmail?.erased) return { kind: 'refuse', reason: 'erased' }
  if (!claims.emailVerified) return { kind: 'refuse', reason: byEmail ? 'accountExists' : 'unverifiedEmail' }
  if (byEmail) return { kind: 'signIn', customerId: byEmail.id, link: true }
  return { kind: 'create', email }
}
