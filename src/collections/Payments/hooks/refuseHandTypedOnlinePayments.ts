import { ValidationError } from 'payload'
import type { CollectionBeforeChangeHook } from 'payload'

import type { Payment } from '@/payload-types'

const PROVIDER_FIELDS = ['provider', 'status', 'amount', 'providerReference', 'captureReference', 'kind'] as const

/**
 * Card and PayPal money is recorded by the provider's confirmation only (webhook, reconciliation, or a
 * refund sent through the provider), never typed in: staff record bank transfers, and cannot edit
 * what a provider reported. Our own code marks its writes with `context.systemPayment`.
 */
export const refuseHandTypedOnlinePayments: CollectionBeforeChangeHook<Payment> = ({
  data,
  originalDoc,
  operation,
  req,
}) => {
  if (!req.user || req.context?.systemPayment) return data
  const refuse = (path: string, message: string): never => {
    throw new ValidationError({ collection: 'payments', errors: [{ path, message }] }, req.t)
  }
  if (operation === 'create' && (data.provider ?? 'bank_transfer') !== 'bank_transfer') {
    refuse('provider', 'Card and PayPal payments are recorded from the provider’s confirmation, not typed in.')
  }
  if (operation === 'update' && originalDoc) {
    if (originalDoc.provider !== 'bank_transfer') {
      for (const field of PROVIDER_FIELDS) {
        if (field in data && data[field] !== undefined && data[field] !== originalDoc[field]) {
          refuse(field, 'This payment was reported by its provider; use Refund to give money back.')
        }
      }
    } else if (data.provider !== undefined && data.provider !== 'bank_transfer') {
      refuse('provider', 'A recorded bank transfer cannot become a card or PayPal payment.')
    }
  }
  return data
}
