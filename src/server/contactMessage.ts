import type { Payload, TypedUser } from 'payload'

import { contactFormErrors, contactFormSchema } from '@/domain/contactForm'
import { readPayloadError } from '@/app/(frontend)/_data/payloadError'

/** The hidden field only robots fill. */
export const CONTACT_HONEYPOT = 'website'

export type ContactFormState = {
  status: 'idle' | 'error' | 'sent'
  /** Field errors, as message keys of "trust.contact.errors". */
  errors?: Record<string, string>
  /** A form-level message key of "trust.contact". */
  message?: 'rateLimited' | 'fixErrors' | 'unexpected'
  values?: Record<string, string>
}

/**
 * A visitor's contact message: checked, then saved as the visitor (overrideAccess false, their session
 * or nobody) with their address declared, so the collection's budgets count it exactly as a REST
 * create. The save mails the team through the jobs queue (see announceContactMessage). A robot that
 * fills the hidden field gets the same confirmation and nothing is kept.
 */
export async function submitContactMessage(
  payload: Payload,
  values: Record<string, string>,
  visitor: { user: TypedUser | null; clientAddress: string; locale: 'fr' | 'en' },
): Promise<ContactFormState> {
  const kept = { ...values }
  delete kept[CONTACT_HONEYPOT]
  if (values[CONTACT_HONEYPOT]) return { status: 'sent', values: { email: values.email ?? '' } }

  const parsed = contactFormSchema.safeParse(values)
  if (!parsed.success) {
    return { status: 'error', values: kept, message: 'fixErrors', errors: contactFormErrors(parsed.error.issues) }
  }
  const { name, email, phone, subject, message } = parsed.data
  try {
    await payload.create({
      collection: 'contact-messages',
      data: {
        name,
        email: email.toLowerCase(),
        phone,
        subject,
        message,
        consentContact: true,
        language: visitor.locale,
      },
      overrideAccess: false,
      user: visitor.user,
      context: { clientAddress: visitor.clientAddress },
      depth: 0,
    })
    return { status: 'sent', values: { email } }
  } catch (error) {
    const refused = readPayloadError(error)
    if (refused?.status === 429) return { status: 'error', values: kept, message: 'rateLimited' }
    if (refused?.errors.length) {
      const errors = Object.fromEntries(refused.errors.map(({ path }) => [path.split('.').at(-1) ?? path, 'invalid']))
      return { status: 'error', values: kept, message: 'fixErrors', errors }
    }
    payload.logger.error({ err: error, msg: 'contact message not saved' })
    return { status: 'error', values: kept, message: 'unexpected' }
  }
}
