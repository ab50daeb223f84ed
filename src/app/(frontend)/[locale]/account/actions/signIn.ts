'use server'

import { z } from 'zod'

import { redirect } from '@/i18n/navigation'
import { startSession } from '../../../_auth/session'
import { getPayloadClient } from '../../../_data/payload'
import {
  errorTranslator,
  formLocale,
  formObject,
  readPayloadError,
  typedValues,
  visitorIp,
  zodErrors,
} from '../_lib/actionKit'
import type { FormState } from '../_lib/formState'

const retryAfter = (error: unknown): number => {
  const seconds = (error as { data?: { retryAfter?: unknown } } | null)?.data?.retryAfter
  return typeof seconds === 'number' && seconds > 0 ? seconds : 60
}
import { safeNextPath } from '../_lib/nextPath'

const signInSchema = z.object({
  email: z
    .string()
    .trim()
    .toLowerCase()
    .min(1)
    .max(254)
    .pipe(z.email({ error: '#email' })),
  password: z.string().min(1).max(256),
})

/** E-mail + password → Payload's session cookie, then back to where the visitor was going. */
export async function signIn(_previous: FormState, form: FormData): Promise<FormState> {
  const locale = await formLocale(form)
  const t = await errorTranslator(locale)
  const values = typedValues(form, ['email', 'next'])
  const parsed = signInSchema.safeParse(formObject(form, ['email', 'password']))
  if (!parsed.success)
    return { status: 'error', values, errors: zodErrors(parsed.error.issues, t), message: t('fixFields') }

  const payload = await getPayloadClient()
  try {
    // The address lets the customers' login hook count and slow down this visitor's attempts,
    // as it does over REST and GraphQL (src/security/requestBudgets.ts).
    const result = await payload.login({
      collection: 'customers',
      data: parsed.data,
      depth: 0,
      overrideAccess: false,
      context: { clientAddress: await visitorIp() },
    })
    if (!result.token) throw new Error('login returned no token')
    await startSession(result.token)
  } catch (error) {
    // 401 for a wrong password or an unknown address alike, 429 while this visitor must wait,
    // 403 for an unconfirmed address (only once the password is right).
    const refused = readPayloadError(error)
    if (refused?.status === 401) return { status: 'error', values, message: t('badCredentials') }
    if (refused?.status === 429)
      return { status: 'error', values, message: t('tooManyAttempts', { seconds: retryAfter(error) }) }
    if (refused?.status === 403) return { status: 'error', values, message: t('unverified') }
    payload.logger.error({ err: error, msg: 'customer sign-in failed' })
    return { status: 'error', values, message: t('unexpected') }
  }
  redirect({ href: safeNextPath(form.get('next')), locale })
  return { status: 'success' }
}
