import type { Where } from 'payload'

/**
 * Rows a person left signed in (their account) or before they had one (their address, as typed or
 * lowercased as the forms store it): quote requests and contact messages.
 */
export function byAccountOrAddress(customerId: string, email: string): Where {
  return {
    or: [
      { customer: { equals: customerId } },
      { email: { equals: email } },
      { email: { equals: email.toLowerCase() } },
    ],
  }
}
