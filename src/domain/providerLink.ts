/**
 * Linking a provider from the profile: a signed-in customer signs in at the provider too, and the
 * provider's subject joins their account. Both ends are proven by a sign-in within one flow, bound to
 * this customer and this browser (src/oidc/endpoints.ts), so the rule on the address is a last check
 * that the provider account plausibly belongs to the same person: the provider says its address is
 * verified (any address: people sign in to Google with another mailbox than ours), or the address it
 * gives is the account's own. An unverified, different address is refused.
 */

export type LinkRefusal = 'signedOut' | 'linkedElsewhere' | 'linkUnverified'

export type LinkDecision = { kind: 'link' } | { kind: 'alreadyLinked' } | { kind: 'refuse'; reason: LinkRefusal }

export function decideProviderLink(input: {
  /** The customer the flow was started by, and their session then. */
  flow: { customer: string; sid?: string }
  /** Who is signed in now, in this browser (null: nobody). */
  current: { id: string; sid?: string } | null
  /** The account already joined to this provider's subject, if any. */
  linkedTo: string | null
  accountEmail: string
  claims: { email?: string | null; emailVerified?: boolean | null }
}): LinkDecision {
  const { flow, current, linkedTo, claims } = input
  // Signed out, or signed in again (another session), or as someone else: the flow is not theirs.
  if (!current || current.id !== flow.customer || (flow.sid && current.sid !== flow.sid)) {
    return { kind: 'refuse', reason: 'signedOut' }
  }
  if (linkedTo)
    return linkedTo === current.id ? { kind: 'alreadyLinked' } : { kind: 'refuse', reason: 'linkedElsewhere' }
  const email = claims.email?.trim().toLowerCase()
  if (claims.emailVerified && email) return { kind: 'link' }
  if (email && email === input.accountEmail.trim().toLowerCase()) return { kind: 'link' }
  return { kind: 'refuse', reason: 'linkUnverified' }
}
