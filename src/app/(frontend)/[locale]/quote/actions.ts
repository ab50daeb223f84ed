'use server'

import { headers } from 'next/headers'
import { getLocale } from 'next-intl/server'

import { redirect } from '@/i18n/navigation'
import { isLocale } from '@/i18n/routing'
import { clientIp, consume } from '@/security/rateLimit'
import { getCustomer } from '../../_auth/session'
import { getPayloadClient } from '../../_data/payload'
import { readPayloadError } from '../../_data/payloadError'
import { contactSchema, requestSchema, type FormState, type RequestInput } from './schema'

const HONEYPOT = 'website'

function fieldErrors(issues: { path: PropertyKey[]; message: string }[]): Record<string, string> {
  const errors: Record<string, string> = {}
  for (const issue of issues) {
    const key = String(issue.path[0] ?? 'form')
    errors[key] ??= issue.message
  }
  return errors
}

function requestData(input: RequestInput, vehicleId: string | undefined) {
  return {
    kind: input.kind,
    vehicle: input.kind === 'stock' ? vehicleId : undefined,
    sourcing:
      input.kind === 'sourcing'
        ? {
            make: input.make,
            model: input.model,
            yearFrom: input.yearFrom,
            yearTo: input.yearTo,
            budget: input.budget ? input.budget * 100 : undefined,
            fuel: input.fuel,
            transmission: input.transmission,
            maxMileageKm: input.maxMileageKm,
            mustHaves: input.mustHaves,
          }
        : undefined,
    destination: { country: 'FR' as const, region: input.region },
    customerMessage: input.message,
  }
}

/**
 * A quote request: a signed-in customer's becomes a quote at once; a visitor's waits for the
 * confirmation of their e-mail address. Bots filling the hidden field get a polite nothing.
 */
export async function submitQuoteRequest(_previous: FormState, form: FormData): Promise<FormState> {
  const values = Object.fromEntries([...form.entries()].filter(([, value]) => typeof value === 'string')) as Record<
    string,
    string
  >
  const locale = await getLocale()
  if (values[HONEYPOT]) return { status: 'sent' }

  const parsed = requestSchema.safeParse(values)
  const customer = await getCustomer()
  const contact = customer ? null : contactSchema.safeParse(values)
  if (!parsed.success || (contact && !contact.success)) {
    return {
      status: 'error',
      values,
      errors: fieldErrors([
        ...(parsed.success ? [] : parsed.error.issues),
        ...(contact && !contact.success ? contact.error.issues : []),
      ]),
    }
  }

  const payload = await getPayloadClient()
  const ip = clientIp(await headers())
  const limited = await consume(payload, 'quoteRequest', ip)
  const perEmail = contact?.success
    ? await consume(payload, 'quoteRequestEmail', contact.data.email)
    : { ok: true as const }
  if (!limited.ok || !perEmail.ok) return { status: 'error', values, message: 'rateLimited' }

  let vehicleId: string | undefined
  if (parsed.data.kind === 'stock') {
    const { docs } = await payload.find({
      collection: 'vehicles',
      where: { slug: { equals: parsed.data.vehicle } },
      select: { slug: true },
      limit: 1,
      depth: 0,
      overrideAccess: false,
      user: customer,
    })
    vehicleId = docs[0]?.id
    if (!vehicleId) return { status: 'error', values, errors: { vehicle: 'vehicleGone' } }
  }

  try {
    if (customer) {
      const quote = await payload.create({
        collection: 'quotes',
        // customer and status are not the requester's to write: prepareQuoteRequest sets them from the session.
        data: requestData(parsed.data, vehicleId) as never,
        overrideAccess: false,
        user: customer,
        depth: 0,
      })
      redirect({ href: `/account/quotes/${quote.id}?created=1`, locale: isLocale(locale) ? locale : 'fr' })
    }
    const { firstName, lastName, email, phone, marketingOptIn } = contact!.data!
    await payload.create({
      collection: 'quote-requests',
      data: {
        ...requestData(parsed.data, vehicleId),
        firstName,
        lastName,
        email: email.toLowerCase(),
        phone,
        language: locale === 'en' ? 'en' : 'fr',
        consentContact: true,
        marketingOptIn: Boolean(marketingOptIn),
      },
      overrideAccess: false,
      user: null,
      depth: 0,
    })
    return { status: 'sent', values: { email } }
  } catch (error) {
    const refused = readPayloadError(error)?.errors ?? []
    if (refused.length) {
      return {
        status: 'error',
        values,
        errors: Object.fromEntries(refused.map(({ path }) => [path.split('.').at(-1) ?? path, 'invalid'])),
      }
    }
    throw error
  }
}
