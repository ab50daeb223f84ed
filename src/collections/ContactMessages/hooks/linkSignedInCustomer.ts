import type { CollectionBeforeChangeHook } from 'payload'

import { customerId } from '@/access/roles'
import type { ContactMessage } from '@/payload-types'

/** A signed-in customer's message is tied to their account, from the session (never from the form). */
export const linkSignedInCustomer: CollectionBeforeChangeHook<ContactMessage> = ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const id = customerId(req.user)
  if (id) data.customer = id as ContactMessage['customer']
  return data
}
