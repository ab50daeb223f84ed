import { ValidationError } from 'payload'
import type { CollectionBeforeChangeHook } from 'payload'

import { customerId } from '@/access/ownCustomer'
import { isQuoteExpired, transitionQuote, type QuoteStatus } from '@/domain/quoteStatus'

const refuse = (req: Parameters<CollectionBeforeChangeHook>[0]['req'], path: string, message: string) =>
  new ValidationError({ collection: 'quotes', errors: [{ path, message }] }, req.t)

/** Every status change goes through the quote state machine; customers may only answer a sent quote. */
export const enforceQuoteStatus: CollectionBeforeChangeHook = ({ data, originalDoc, operation, req, context }) => {
  const now = new Date()
  if (operation === 'create') {
    const initial = (data.status ?? 'requested') as QuoteStatus
    if (!['requested', 'in_progress'].includes(initial)) {
      throw refuse(req, 'status', 'A new quote starts as requested or in progress, then is sent.')
    }
    return data
  }

  const from = originalDoc.status as QuoteStatus
  const to = (data.status ?? from) as QuoteStatus
  if (to === from) return data

  const result = transitionQuote(from, to)
  if (!result.ok) throw refuse(req, 'status', result.reason)

  const isCustomer = Boolean(customerId(req.user)) && !context?.systemTransition
  if (isCustomer && !['accepted', 'declined'].includes(to)) {
    throw refuse(req, 'status', 'You can accept or decline a quote; the rest is up to us.')
  }
  if ((to === 'accepted' || to === 'declined') && from === 'sent') {
    const validUntil = originalDoc.validUntil ? new Date(originalDoc.validUntil) : null
    if (validUntil && isQuoteExpired(from, endOfDay(validUntil), now)) {
      throw refuse(req, 'status', `This quote expired on ${validUntil.toISOString().slice(0, 10)}; ask us for a new one.`)
    }
    data.answeredAt = now.toISOString()
  }
  if (to === 'sent') {
    const merged = { ...originalDoc, ...data }
    if (!merged.lines?.length) throw refuse(req, 'lines', 'Add the quote lines before sending it.')
    if (!merged.validUntil || endOfDay(new Date(merged.validUntil)) <= now) {
      throw refuse(req, 'validUntil', 'Set a validity date in the future before sending.')
    }
    data.sentAt = now.toISOString()
  }
  return data
}

/** A quote valid "until the 12th" can be accepted all day long on the 12th. */
function endOfDay(date: Date): Date {
  const end = new Date(date)
  end.setUTCHours(23, 59, 59, 999)
  return end
}
