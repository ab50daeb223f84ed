import { ValidationError } from 'payload'
import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import { isCustomer } from '@/access/roles'
import {
  canAnswerQuote,
  isQuotePriced,
  quoteValidityEnd,
  transitionQuote,
  type QuoteStatus,
} from '@/domain/quoteStatus'
import type { Quote } from '@/payload-types'

const refuse = (req: PayloadRequest, path: string, message: string) =>
  new ValidationError({ collection: 'quotes', errors: [{ path, message }] }, req.t)

/** Every status change goes through the quote state machine; customers may only answer a sent quote. */
export const enforceQuoteStatus: CollectionBeforeChangeHook<Quote> = ({
  data,
  originalDoc,
  operation,
  req,
  context,
}) => {
  const now = new Date()
  if (operation === 'create') {
    const initial: QuoteStatus = data.status ?? 'requested'
    if (isQuotePriced(initial)) {
      throw refuse(req, 'status', 'A new quote starts as requested or in progress, then is sent.')
    }
    return data
  }
  if (!originalDoc) return data

  const from = originalDoc.status
  const to = data.status ?? from
  if (to === from) return data

  const result = transitionQuote(from, to)
  if (!result.ok) throw refuse(req, 'status', result.reason)

  const byCustomer = isCustomer({ req }) && !context?.systemTransition
  if (byCustomer && !['accepted', 'declined'].includes(to)) {
    throw refuse(req, 'status', 'You can accept or decline a quote; the rest is up to us.')
  }
  if ((to === 'accepted' || to === 'declined') && from === 'sent') {
    if (originalDoc.validUntil && !canAnswerQuote(originalDoc, now)) {
      const day = new Date(originalDoc.validUntil).toISOString().slice(0, 10)
      throw refuse(req, 'status', `This quote expired on ${day}; ask us for a new one.`)
    }
    data.answeredAt = now.toISOString()
  }
  if (to === 'sent') {
    const merged = { ...originalDoc, ...data }
    if (!merged.lines?.length) throw refuse(req, 'lines', 'Add the quote lines before sending it.')
    if (!merged.validUntil || quoteValidityEnd(merged.validUntil) <= now) {
      throw refuse(req, 'validUntil', 'Set a validity date in the future before sending.')
    }
    data.sentAt = now.toISOString()
  }
  return data
}
