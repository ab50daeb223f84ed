'use server'

import { revalidatePath } from 'next/cache'
import { getTranslations } from 'next-intl/server'
import { z } from 'zod'

import { COUNTRIES, type CountryCode } from '@/domain/countries'
import { isPhoneNumber } from '@/domain/phone'
import { hasControlCharacters, hasMarkup } from '@/domain/plainText'
import { REGION_CODES } from '@/domain/regions'
import { getCustomer } from '../../../_auth/session'
import { getPayloadClient } from '../../../_data/payload'
import { errorTranslator, formLocale, formObject, payloadErrors, typedValues, zodErrors } from '../_lib/actionKit'
import type { FormState } from '../_lib/formState'

const TEXT_FIELDS = [
  'firstName',
  'lastName',
  'phone',
  'line1',
  'line2',
  'postcode',
  'city',
  'region',
  'country',
  'language',
] as const
const CONSENTS = ['marketingEmail', 'sms'] as const

const plain = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .refine((value) => !hasControlCharacters(value), '#invalidCharacters')
    .refine((value) => !hasMarkup(value), '#markup')
const optional = (max: number) =>
  plain(max)
    .optional()
    .transform((value) => value || null)
const choice = <T extends string>(values: readonly T[]) =>
  z
    .union([z.enum(values as [T, ...T[]], { error: '#choose' }), z.literal('').transform(() => null)])
    .optional()
    .transform((value) => value ?? null)

const profileSchema = z.object({
  firstName: plain(80).min(1),
  lastName: plain(80).min(1),
  phone: optional(30).refine((value) => !value || isPhoneNumber(value), '#phone'),
  line1: optional(160),
  line2: optional(160),
  postcode: optional(20).refine((value) => !value || /^[A-Za-z0-9 -]{2,12}$/.test(value), '#postcode'),
  city: optional(100),
  region: choice(REGION_CODES),
  country: z.enum(COUNTRIES.map(({ code }) => code) as [CountryCode, ...CountryCode[]], { error: '#choose' }),
  language: z.enum(['fr', 'en'], { error: '#choose' }),
  marketingEmail: z.literal('on').optional(),
  sms: z.literal('on').optional(),
})

/** Names, contact, address, language and consents; each consent change is stamped by the collection's hook. */
export async function updateProfile(_previous: FormState, form: FormData): Promise<FormState> {
  const locale = await formLocale(form)
  const t = await errorTranslator(locale)
  const values = {
    ...typedValues(form, TEXT_FIELDS),
    ...Object.fromEntries(CONSENTS.map((name) => [name, form.get(name) === 'on' ? 'on' : ''])),
  }
  const customer = await getCustomer()
  if (!customer) return { status: 'error', values, message: t('signedOut') }

  const parsed = profileSchema.safeParse(formObject(form, [...TEXT_FIELDS, ...CONSENTS]))
  if (!parsed.success)
    return { status: 'error', values, errors: zodErrors(parsed.error.issues, t), message: t('fixFields') }
  const input = parsed.data

  const payload = await getPayloadClient()
  try {
    await payload.update({
      collection: 'customers',
      id: customer.id,
      data: {
        firstName: input.firstName,
        lastName: input.lastName,
        phone: input.phone,
        address: {
          line1: input.line1,
          line2: input.line2,
          postcode: input.postcode,
          city: input.city,
          region: input.region,
        },
        country: input.country,
        language: input.language,
        consents: { marketingEmail: { granted: input.marketingEmail === 'on' }, sms: { granted: input.sms === 'on' } },
      },
      overrideAccess: false,
      user: customer,
      context: { consentSource: 'account' },
      depth: 0,
    })
  } catch (error) {
    const refused = payloadErrors(error, t, {
      firstName: 'firstName',
      lastName: 'lastName',
      phone: 'phone',
      'address.line1': 'line1',
      'address.line2': 'line2',
      'address.postcode': 'postcode',
      'address.city': 'city',
      'address.region': 'region',
      country: 'country',
      language: 'language',
    })
    if (refused) return { status: 'error', values, ...refused }
    payload.logger.error({ err: error, msg: 'profile update failed' })
    return { status: 'error', values, message: t('unexpected') }
  }
  // The portal bar shows the name: refresh the pages around the form.
  revalidatePath('/[locale]/account', 'layout')
  const done = await getTranslations({ locale, namespace: 'account.profile' })
  return { status: 'success', values, message: done('saved') }
}
