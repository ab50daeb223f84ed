'use server'

import { z } from 'zod'

import { isRecordId } from '@/domain/relationId'
import { redirect } from '@/i18n/navigation'
import { getCustomer } from '../../../_auth/session'
import { getPayloadClient } from '../../../_data/payload'
import { errorTranslator, formLocale, formObject, payloadStatus } from '../_lib/actionKit'
import type { FormState } from '../_lib/formState'

const deleteDocumentSchema = z.object({ id: z.string().refine(isRecordId) })

/** Withdraws one of the customer's documents; the collection allows it only while it awaits review. */
export async function deleteDocument(_previous: FormState, form: FormData): Promise<FormState> {
  const locale = await formLocale(form)
  const t = await errorTranslator(locale)
  const customer = await getCustomer()
  if (!customer) return { status: 'error', message: t('signedOut') }
  const parsed = deleteDocumentSchema.safeParse(formObject(form, ['id']))
  if (!parsed.success) return { status: 'error', message: t('documentLocked') }

  const payload = await getPayloadClient()
  try {
    await payload.delete({
      collection: 'documents',
      id: parsed.data.id,
      overrideAccess: false,
      user: customer,
      depth: 0,
    })
  } catch (error) {
    const status = payloadStatus(error)
    if (status !== 404 && status !== 403) payload.logger.error({ err: error, msg: 'document delete failed' })
    return { status: 'error', message: t('documentLocked') }
  }
  redirect({ href: { pathname: '/account/documents', query: { deleted: '1' } }, locale })
  return { status: 'success' }
}
