import 'server-only'

import { isRecordId } from '@/domain/relationId'
import { getPayloadClient } from '../../../_data/payload'
import { getCustomer } from '../../../_auth/session'
import { payloadErrors, payloadStatus, type Translate } from './actionKit'
import type { FormState } from './formState'

/**
 * Accept or decline, as the customer (the Quotes hooks check the state machine and the validity date;
 * an accepted quote becomes an order there). The answer is `null` when it went through.
 */
export async function answerQuote(
  id: string,
  data: { status: 'accepted' } | { status: 'declined'; declineReason: string | null },
  t: Translate,
  values: Record<string, string>,
): Promise<FormState | null> {
  const customer = await getCustomer()
  if (!customer) return { status: 'error', values, message: t('signedOut') }
  if (!isRecordId(id)) return { status: 'error', values, message: t('quoteUnavailable') }
  const payload = await getPayloadClient()
  try {
    await payload.update({ collection: 'quotes', id, data, overrideAccess: false, user: customer, depth: 0 })
    return null
  } catch (error) {
    const refused = payloadErrors(error, t, { declineReason: 'declineReason' }, (path, message) => {
      if (path !== 'status') return undefined
      return /expired/i.test(message) ? t('quoteExpired') : t('quoteUnavailable')
    })
    if (refused) return { status: 'error', values, ...refused }
    const status = payloadStatus(error)
    if (status === 404 || status === 403) return { status: 'error', values, message: t('quoteUnavailable') }
    payload.logger.error({ err: error, msg: `quote ${id} answer failed` })
    return { status: 'error', values, message: t('unexpected') }
  }
}
