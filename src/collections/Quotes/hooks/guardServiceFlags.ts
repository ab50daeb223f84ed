import { ValidationError } from 'payload'
import type { CollectionBeforeChangeHook } from 'payload'

import type { Quote } from '@/payload-types'
import { lineFlagErrors } from './pricingInputErrors'

/** Every save of quote lines: the customs and VAT flags only on service lines, and a customs value in the VAT base. */
export const guardServiceFlags: CollectionBeforeChangeHook<Quote> = ({ data, req }) => {
  const error = data.lines ? lineFlagErrors(data.lines) : null
  if (error) throw new ValidationError({ collection: 'quotes', errors: [error] }, req.t)
  return data
}
