'use server'

import { confirmQuoteRequest } from '@/collections/QuoteRequests/confirmQuoteRequest'
import { getPayloadClient } from '../../../_data/payload'

export type ConfirmState =
  | { status: 'idle' }
  | { status: 'confirmed'; quoteNumber: string; setPasswordToken?: string }
  | { status: 'error'; reason: 'unknown' | 'expired' | 'retry' }

export async function confirmRequest(_previous: ConfirmState, form: FormData): Promise<ConfirmState> {
  const token = String(form.get('token') ?? '')
  const result = await confirmQuoteRequest(await getPayloadClient(), token)
  if (!result.ok) return { status: 'error', reason: result.reason }
  return { status: 'confirmed', quoteNumber: result.quoteNumber, setPasswordToken: result.setPasswordToken }
}
