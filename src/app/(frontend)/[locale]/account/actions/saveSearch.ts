'use server'

import { revalidatePath } from 'next/cache'
import { getTranslations } from 'next-intl/server'
import { z } from 'zod'

import { MAX_SAVED_SEARCHES } from '@/domain/savedSearch'
import { hasControlCharacters, hasMarkup } from '@/domain/plainText'
import { getCustomer } from '../../../_auth/session'
import { getPayloadClient } from '../../../_data/payload'
import { errorTranslator, formLocale, formObject, payloadErrors, typedValues, zodErrors } from '../_lib/actionKit'
import type { FormState } from '../_lib/formState'

export type SaveSearchState = FormState & { signedOut?: boolean }

const saveSearchSchema = z.object({
  name: z
    .string()
    .trim()
    .min(1)
    .max(120)
    .refine((value) => !hasControlCharacters(value), '#invalidCharacters')
    .refine((value) => !hasMarkup(value), '#markup'),
  query: z.string().max(1000),
})

/** Saves the /vehicles search being shown; the collection makes it the customer's and canonical. */
export async function saveSearch(_previous: SaveSearchState, form: FormData): Promise<SaveSearchState> {
  const locale = await formLocale(form)
  const t = await errorTranslator(locale)
  const values = typedValues(form, ['name'])
  const customer = await getCustomer()
  if (!customer) return { status: 'error', values, signedOut: true }

  const parsed = saveSearchSchema.safeParse(formObject(form, ['name', 'query']))
  if (!parsed.success)
    return { status: 'error', values, errors: zodErrors(parsed.error.issues, t), message: t('fixFields') }

  const payload = await getPayloadClient()
  const searches = await getTranslations({ locale, namespace: 'account.searches' })
  try {
    await payload.create({
      collection: 'saved-searches',
      data: { customer: customer.id, name: parsed.data.name, query: parsed.data.query, locale, alerts: true },
      overrideAccess: false,
      user: customer,
      depth: 0,
    })
  } catch (error) {
    const refused = payloadErrors(error, t, { name: 'name' }, (path) =>
      path === 'query'
        ? searches('badQuery')
        : path === 'customer'
          ? searches('limit', { max: MAX_SAVED_SEARCHES })
          : undefined,
    )
    if (refused) return { status: 'error', values, ...refused }
    payload.logger.error({ err: error, msg: 'saved search create failed' })
    return { status: 'error', values, message: t('unexpected') }
  }
  revalidatePath('/[locale]/account/searches', 'page')
  const done = await getTranslations({ locale, namespace: 'search.save' })
  return { status: 'success', values, message: done('saved') }
}
