'use server'

import { z } from 'zod'

import { redirect } from '@/i18n/navigation'
import { startSession } from '../../../_auth/session'
import { getPayloadClient } from '../../../_data/payload'
import {
  errorTranslator,
  formLocale,
  formObject,
  rateLimited,
  readPayloadError,
  typedValues,
  visitorIp,
  zodErrors,
} from '../_lib/actionKit'
import type { FormState } from '../_lib/formState'
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
  const wait = await rateLimited(payload, [
    ['login', await visitorIp()],
    ['login', `email:${parsed.data.email}`],
  ])
  if (wait) return { status: 'error', values, message: t('rateLimited', { minutes: wait }) }

  try {
    const result = await payload.login({ collection: 'customers', data: parsed.data, depth: 0, overrideAccess: false })
    if (!result.token) throw new Error('login returned no token')
    await startSession(result.token)
  } catch (error) {
    // Payload answers 401 for a wrong password or a locked account, 403 for an unconfirmed address.
    const refused = readPayloadError(error)
    if (refused?.status === 401)
      return { status: 'error', values, message: /locked/i.test(refused.message) ? t('locked') : t('badCredentials') }
    if (refused?.status === 403) return { status: 'error', values, message: t('unverified') }
    payload.logger.error({ err: error, msg: 'customer sign-in failed' })
    return { status: 'error', values, message: t('unexpected') }
  }
  redirect({ href: safeNextPath(form.get('next')), locale })
  return { status: 'success' }
}
