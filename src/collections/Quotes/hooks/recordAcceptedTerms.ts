import type { CollectionBeforeChangeHook } from 'payload'

import type { Quote } from '@/payload-types'

/**
 * The version of the general terms in force when the quote is accepted (Site settings › Legal), kept on
 * the quote: what the customer agreed to, read from the one place it is set, never from the request.
 */
export const recordAcceptedTerms: CollectionBeforeChangeHook<Quote> = async ({ data, originalDoc, operation, req }) => {
  if (operation !== 'update' || !originalDoc) return data
  if (data.status !== 'accepted' || originalDoc.status === 'accepted') return data
  const settings = await req.payload.findGlobal({ slug: 'site-settings', depth: 0, req, select: { legal: true } })
  data.acceptedTermsVersion = settings.legal?.termsVersion || null
  return data
}
