'use server'

import { revalidatePath } from 'next/cache'
import { getTranslations } from 'next-intl/server'
import { z } from 'zod'

import { isRecordId } from '@/domain/relationId'
import { getCustomer } from '../../../_auth/session'
import { getPayloadClient } from '../../../_data/payload'
import { errorTranslator, formLocale, formObject, payloadStatus } from '../_lib/actionKit'
import type { FormState } from '../_lib/formState'

const changeSearchSchema = z.object({
  id: z.string().refine(isRecordId),
  intent: z.enum(['alertsOn', 'alertsOff', 'delete']),
})

/**
 * Turns a saved search's alerts on or off, or deletes it; the collection's access lets a customer
 * touch their own searches only.
 */
export async function changeSearch(_previous: FormState, form: FormData): Promise<FormState> {
  const locale = await formLocale(form)
  const t = await errorTranslator(locale)
  const customer = await getCustomer()
  if (!customer) return { status: 'error', message: t('signedOut') }
  const searches = await getTranslations({ locale, namespace: 'account.searches' })
  const parsed = changeSearchSchema.safeParse(formObject(form, ['id', 'intent']))
  if (!parsed.success) return { status: 'error', message: searches('notFound') }
  const { id, intent } = parsed.data

  const payload = await getPayloadClient()
  try {
    if (intent === 'delete') {
      await payload.delete({ collection: 'saved-searches', id, overrideAccess: false, user: customer, depth: 0 })
    } else {
      await payload.update({
        collection: 'saved-searches',
        id,
        data: { alerts: intent === 'alertsOn' },
        overrideAccess: false,
        user: customer,
        depth: 0,
      })
    }
  } catch (error) {
    const status = payloadStatus(error)
    if (status === 404 || status === 403) return { status: 'error', message: searches('notFound') }
    payload.logger.error({ err: error, msg: 'saved search change failed' })
    return { status: 'error', message: t('unexpected') }
  }
  revalidatePath('/[locale]/account/searches', 'page')
  return { status: 'success', message: searches(intent === 'delete' ? 'deleted' : 'updated') }
}
