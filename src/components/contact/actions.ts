'use server'

import { headers } from 'next/headers'

import { getCustomer } from '@/app/(frontend)/_auth/session'
import { getPayloadClient } from '@/app/(frontend)/_data/payload'
import { clientIp } from '@/security/rateLimit'
import { submitContactMessage, type ContactFormState } from '@/server/contactMessage'

/** The contact form's server action (see submitContactMessage). */
export async function sendContactMessage(_previous: ContactFormState, form: FormData): Promise<ContactFormState> {
  const values = Object.fromEntries(
    [...form.entries()].filter(([key, value]) => typeof value === 'string' && key !== 'locale'),
  ) as Record<string, string>
  const locale = form.get('locale') === 'en' ? 'en' : 'fr'
  const [payload, customer, requestHeaders] = await Promise.all([getPayloadClient(), getCustomer(), headers()])
  return submitContactMessage(payload, values, { user: customer, clientAddress: clientIp(requestHeaders), locale })
}
