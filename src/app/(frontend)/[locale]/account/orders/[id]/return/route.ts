import type { NextRequest } from 'next/server'

import { isRecordId } from '@/domain/relationId'
import { paymentProvider, ProviderRejectedError, ProviderUnavailableError } from '@/integrations/payments'
import { getPayloadClient } from '../../../../../_data/payload'

const CONTINUE = {
  fr: { title: 'Retour à votre commande', link: 'Revenir à ma commande' },
  en: { title: 'Back to your order', link: 'Back to my order' },
} as const

/**
 * Where a provider sends the customer back. It settles nothing: PayPal's approved order is captured
 * here (PayPal needs that call; its confirmation then comes by webhook), and the customer goes on to
 * the order, which shows the payment as our records have it.
 *
 * The request arrives from the provider's site, and Payload rightly ignores the session cookie on a
 * cross-site navigation, so this route works without knowing who is signed in: it only acts on a
 * pending PayPal checkout of this very order (the token is PayPal's unguessable order id). It then
 * hands over with a same-site navigation, on which the session counts again.
 */
export async function GET(request: NextRequest, { params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale: rawLocale, id } = await params
  const locale = rawLocale === 'en' ? 'en' : 'fr'
  let outcome = request.nextUrl.searchParams.has('cancelled') ? 'cancelled' : 'returned'
  const token = request.nextUrl.searchParams.get('token')
  const provider = paymentProvider(request.nextUrl.searchParams.get('provider') ?? '')
  if (outcome === 'returned' && provider?.id === 'paypal' && token && token.length <= 64 && isRecordId(id)) {
    const payload = await getPayloadClient()
    const { docs } = await payload.find({
      collection: 'payments',
      where: { and: [{ providerReference: { equals: token } }, { order: { equals: id } }] },
      limit: 1,
      depth: 0,
      select: { status: true },
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
  const target = `${locale === 'en' ? '/en' : ''}/account/orders/${isRecordId(id) ? id : ''}?payment=${outcome}`
  const text = CONTINUE[locale]
  const html = `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="robots" content="noindex"><meta http-equiv="refresh" content="0;url=${target}"><title>${text.title}</title></head><body><p><a href="${target}">${text.link}</a></p></body></html>`
  return new Response(html, {
    headers: {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      'referrer-policy': 'no-referrer',
    },
  })
}
