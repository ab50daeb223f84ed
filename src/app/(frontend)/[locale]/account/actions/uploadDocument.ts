'use server'

import { z } from 'zod'

import { CUSTOMER_DOCUMENT_TYPES } from '@/domain/vehicleOptions'
import { redirect } from '@/i18n/navigation'
import type { Document } from '@/payload-types'
import { getCustomer } from '../../../_auth/session'
import { getPayloadClient } from '../../../_data/payload'
import {
  errorTranslator,
  formLocale,
  formObject,
  payloadErrors,
  payloadStatus,
  rateLimited,
  typedValues,
  visitorIp,
  zodErrors,
} from '../_lib/actionKit'
import { createCustomerDocument } from '../_lib/createCustomerDocument'
import { DOCUMENT_MAX_BYTES, sniffDocumentType } from '../_lib/fileType'
import type { FormState } from '../_lib/formState'

const uploadDocumentSchema = z.object({
  type: z.enum(CUSTOMER_DOCUMENT_TYPES as [string, ...string[]], { error: '#documentType' }),
  file: z
    .instanceof(File, { message: '#fileRequired' })
    .refine((file) => file.size > 0, '#fileRequired')
    .refine((file) => file.size <= DOCUMENT_MAX_BYTES, '#fileTooLarge'),
})

/**
 * An identity document from the customer: checked here (size, real type from its bytes) before
 * Payload checks it again and stores it privately, pending review.
 */
export async function uploadDocument(_previous: FormState, form: FormData): Promise<FormState> {
  const locale = await formLocale(form)
  const t = await errorTranslator(locale)
  const values = typedValues(form, ['type'])
  const customer = await getCustomer()
  if (!customer) return { status: 'error', values, message: t('signedOut') }

  const parsed = uploadDocumentSchema.safeParse(formObject(form, ['type', 'file']))
  if (!parsed.success)
    return { status: 'error', values, errors: zodErrors(parsed.error.issues, t), message: t('fixFields') }
  const { type, file } = parsed.data

  const data = new Uint8Array(await file.arrayBuffer())
  if (!sniffDocumentType(data))
    return { status: 'error', values, errors: { file: t('fileType') }, message: t('fixFields') }

  const payload = await getPayloadClient()
  const wait = await rateLimited(payload, [
    ['upload', await visitorIp()],
    ['upload', `customer:${customer.id}`],
  ])
  if (wait) return { status: 'error', values, message: t('rateLimited', { minutes: wait }) }

  try {
    if (!(await createCustomerDocument(payload, customer, type as Document['type'], data, file.name))) {
      return { status: 'error', values, errors: { file: t('fileType') }, message: t('fixFields') }
    }
  } catch (error) {
    const refused = payloadErrors(
      error,
      t,
      { file: 'file', filename: 'file', mimeType: 'file', type: 'type' },
      (path) =>
        path === 'type'
          ? t('documentType')
          : path === 'file' || path === 'filename' || path === 'mimeType'
            ? t('fileType')
            : undefined,
    )
    if (refused) return { status: 'error', values, ...refused }
    // A file Payload could not take (FileUploadError, MissingFile…): 400 without field details.
    if (payloadStatus(error) === 400)
      return { status: 'error', values, errors: { file: t('fileType') }, message: t('fixFields') }
    payload.logger.error({ err: error, msg: 'document upload failed' })
    return { status: 'error', values, message: t('unexpected') }
  }
  redirect({ href: { pathname: '/account/documents', query: { uploaded: '1' } }, locale })
  return { status: 'success' }
}
