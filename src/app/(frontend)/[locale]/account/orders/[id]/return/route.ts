import { NextResponse, type NextRequest } from 'next/server'

import { getEnv } from '@/config/env'
import { isRecordId } from '@/domain/relationId'
import { paymentProvider, ProviderRejectedError, ProviderUnavailableError } from '@/integrations/payments'
import { getCustomer } from '../../../../../_auth/session'
import { getPayloadClient } from '../../../../../_data/payload'

/**
 * Where a provider sends the customer back. It settles nothing: PayPal's approved order is captured
 * here (PayPal needs that call; its confirmation then comes by webhook), and the customer lands on
 * the order, which shows the payment's status as our records have it.
 */
export async function GET(request: NextRequest, { params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, id } = await params
  const orderPage = `${getEnv().SERVER_URL}${locale === 'en' ? '/en' : ''}/account/orders/${isRecordId(id) ? id : ''}`
  const token = request.nextUrl.searchParams.get('token')
  const provider = paymentProvider(request.nextUrl.searchParams.get('provider') ?? '')
  let outcome = 'returned'
  const customer = await getCustomer()
  if (customer && provider?.id === 'paypal' && token && token.length <= 64 && isRecordId(id)) {
    const payload = await getPayloadClient()
    // Only a checkout of this customer's own order is captured.
    const { docs } = await payload.find({
      collection: 'payments',
      where: { and: [{ providerReference: { equals: token } }, { order: { equals: id } }] },
      overrideAccess: false,
      user: customer,
      limit: 1,
      depth: 0,
    })
    if (docs[0]?.status === 'pending') {
      try {
        await provider.completeReturn(token)
      } catch (error) {
        if (!(error instanceof ProviderUnavailableError || error instanceof ProviderRejectedError)) throw error
        payload.logger.warn({ msg: `PayPal capture of ${token} failed: ${error.message}` })
        outcome = error instanceof ProviderUnavailableError ? 'delayed' : 'refused'
      }
    }
  }
  return NextResponse.redirect(`${orderPage}?payment=${outcome}`, 303)
}
