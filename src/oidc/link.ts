import type { Payload } from 'payload'

import type { OidcProviderSettings } from '@/config/oidc'
import { decideProviderLink, type LinkDecision } from '@/domain/providerLink'
import type { PendingLink } from './flowCookie'
import { findLinked } from './signIn'

/**
 * Joins the identity the provider vouched for (a PendingLink, from the callback) to the customer who
 * started the link, once src/domain/providerLink.ts agrees. The write is the auth system's own, like
 * a link made at sign-in (overrideAccess: the identities field refuses additions from anyone else).
 */
export async function linkIdentity(
  payload: Payload,
  provider: OidcProviderSettings,
  pending: PendingLink,
  current: { id: string; sid?: string } | null,
  clientAddress: string | null,
): Promise<LinkDecision> {
  const linked = await findLinked(payload, 'customers', provider.id, pending.subject)
  const account =
    current && current.id === pending.customer
      ? await payload.findByID({
          collection: 'customers',
          id: current.id,
          depth: 0,
          overrideAccess: true,
          showHiddenFields: true,
          disableErrors: true,
        })
      : null
  const decision = decideProviderLink({
    flow: { customer: pending.customer, sid: pending.sid },
    current: account ? current : null,
    linkedTo: linked ? String(linked.id) : null,
    accountEmail: account?.email ?? '',
    claims: { email: pending.email, emailVerified: pending.emailVerified },
  })
  if (decision.kind !== 'link' || !account) return decision
  await payload.update({
    collection: 'customers',
    id: account.id,
    overrideAccess: true,
    context: { clientAddress: clientAddress ?? undefined, oidcLink: provider.id },
    data: {
      identities: [
        ...(account.identities ?? []),
        {
          provider: provider.id,
          subject: pending.subject,
          email: pending.email ?? undefined,
          linkedAt: new Date().toISOString(),
        },
      ],
    },
  })
  return decision
}
