import { ValidationError } from 'payload'
import type { CollectionBeforeValidateHook } from 'payload'

import { customerId } from '@/access/roles'
import type { Quote } from '@/payload-types'

/**
 * A customer's request is always theirs and starts as "requested". A stock request must name a
 * vehicle the requester can see; a sourcing request needs at least a make.
 */
export const prepareQuoteRequest: CollectionBeforeValidateHook<Quote> = async ({
  data,
  req,
  operation,
  originalDoc,
}) => {
  if (!data) return data
  const customer = customerId(req.user)
  if (operation === 'create' && customer) {
    data.customer = customer
    data.status = 'requested'
  }
  if (operation !== 'create') return data

  const merged = { ...originalDoc, ...data }
  const errors: { path: string; message: string }[] = []
  if ((merged.kind ?? 'stock') === 'stock') {
    if (!merged.vehicle) {
      errors.push({ path: 'vehicle', message: 'Choose the vehicle the quote is for.' })
    } else {
      const visible = await req.payload.count({
        collection: 'vehicles',
        where: { id: { equals: merged.vehicle } },
        overrideAccess: false,
        user: req.user,
        req,
      })
      if (visible.totalDocs === 0) errors.push({ path: 'vehicle', message: 'This vehicle is not available.' })
    }
  } else if (!merged.sourcing?.make?.trim()) {
    errors.push({ path: 'sourcing.make', message: 'Tell us at least which make you are looking for.' })
  } else if (merged.sourcing.yearFrom && merged.sourcing.yearTo && merged.sourcing.yearFrom > merged.sourcing.yearTo) {
    errors.push({ path: 'sourcing.yearTo', message: 'The last year must come after the first one.' })
  }
  if (errors.length) throw new ValidationError({ collection: 'quotes', errors }, req.t)
  return data
}
