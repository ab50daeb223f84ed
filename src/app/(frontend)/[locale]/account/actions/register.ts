'use server'

import { getTranslations } from 'next-intl/server'
import { z } from 'zod'

import { hasControlCharacters, hasMarkup } from '@/domain/plainText'
import { getPayloadClient } from '../../../_data/payload'
import {
  errorTranslator,
  formLocale,
  formObject,
  payloadErrors,
  rateLimited,
  typedValues,
  visitorIp,
  zodErrors,
} from '../_lib/actionKit'
import type { FormState } from '../_lib/formState'

const FIELDS = ['firstName', 'lastName', 'email', 'password', 'passwordConfirm'] as const
const HONEYPOT = 'website'

const line = (max: number) =>
  z
    .string()
    .trim()
    .min(1)
    .max(max)
    .refine((value) => !hasControlCharacters(value), '#invalidCharacters')
    .refine((value) => !hasMarkup(value), '#markup')

const registerSchema = z
  .object({
    firstName: line(80),
    lastName: line(80),
    email: z
      .string()
      .trim()
      .toLowerCase()
      .min(1)
      .max(254)
      .pipe(z.email({ error: '#email' })),
    password: z.string().min(10, '#passwordTooShort').max(128),
    passwordConfirm: z.string().min(1),
  })
  .refine((value) => value.password === value.passwordConfirm, {
    path: ['passwordConfirm'],
    message: '#passwordMismatch',
  })

/**
 * A new customer account. Payload sends the confirmation e-mail; the account signs in once the
 * address is confirmed.
 */
export async function register(_previous: FormState, form: FormData): Promise<FormState> {
  const locale = await formLocale(form)
  const t = await errorTranslator(locale)
  const done = await getTranslations({ locale, namespace: 'account.register' })
  const values = typedValues(form, ['firstName', 'lastName', 'email'])

  // Bots fill every field, including the one people never see: they get the usual answer, nothing more.
  if (form.get(HONEYPOT)) return { status: 'success', message: done('checkEmail', { email: values.email ?? '' }) }

  const parsed = registerSchema.safeParse(formObject(form, FIELDS))
  if (!parsed.success)
    return { status: 'error', values, errors: zodErrors(parsed.error.issues, t), message: t('fixFields') }

  const payload = await getPayloadClient()
  const wait = await rateLimited(payload, [['register', await visitorIp()]])
  if (wait) return { status: 'error', values, message: t('rateLimited', { minutes: wait }) }

  const { firstName, lastName, email, password } = parsed.data
  try {
    await payload.create({
      collection: 'customers',
      data: { email, password, firstName, lastName, language: locale },
      overrideAccess: false,
      depth: 0,
    })
  } catch (error) {
    const refused = payloadErrors(
      error,
      t,
      { email: 'email', firstName: 'firstName', lastName: 'lastName', password: 'password' },
      (path, message) =>
        path === 'email' && /already|registered|exist|unique/i.test(message) ? t('emailTaken') : undefined,
    )
    if (refused) return { status: 'error', values, ...refused }
    payload.logger.error({ err: error, msg: 'customer registration failed' })
    return { status: 'error', values, message: t('unexpected') }
  }
  return { status: 'success', values: { email }, message: done('checkEmail', { email }) }
}
