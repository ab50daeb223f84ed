import type { Payload } from 'payload'

import { isRecordId } from '@/domain/relationId'
import { hashToken } from '../QuoteRequests/hooks/issueConfirmationToken'
import { isValidUnsubscribeToken } from './unsubscribeToken'

export type UnsubscribeTarget = { id: string; name: string; alerts: boolean }

/**
 * The search an unsubscribe link names, when its token is right (the HMAC, compared in constant
 * time, and the stored hash): the link works without signing in, so it reaches that one record only.
 */
export async function findUnsubscribeTarget(
  payload: Payload,
  id: unknown,
  token: unknown,
): Promise<UnsubscribeTarget | null> {
  if (typeof id !== 'string' || !isRecordId(id) || !isValidUnsubscribeToken(id, token)) return null
  const { docs } = await payload.find({
    collection: 'saved-searches',
    where: { and: [{ id: { equals: id } }, { unsubscribeTokenHash: { equals: hashToken(token as string) } }] },
    limit: 1,
    depth: 0,
    select: { name: true, alerts: true },
    overrideAccess: true,
    showHiddenFields: true,
  })
  const search = docs[0]
  return search ? { id: search.id, name: search.name, alerts: search.alerts !== false } : null
}

/** Turns the search's alerts off; null when the link is not valid (nothing changes then). */
export async function unsubscribeSavedSearch(
  payload: Payload,
  id: unknown,
  token: unknown,
): Promise<UnsubscribeTarget | null> {
  const target = await findUnsubscribeTarget(payload, id, token)
  if (!target) return null
  if (target.alerts) {
    await payload.update({
      collection: 'saved-searches',
      id: target.id,
      data: { alerts: false },
      depth: 0,
      overrideAccess: true,
    })
  }
  return { ...target, alerts: false }
}
