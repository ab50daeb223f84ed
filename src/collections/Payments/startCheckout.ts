import type { Payload, TypedUser } from 'payload'

import { checkoutKey } from '@/domain/paymentSettlement'
import { nextTransfer, orderBalance } from '@/domain/orderBalance'
import { isRecordId } from '@/domain/relationId'
import {
  paymentProvider,
  ProviderRejectedError,
  ProviderUnavailableError,
  type OnlineProviderId,
} from '@/integrations/payments'

export type CheckoutStart =
  | { ok: true; redirectUrl: string }
  | { ok: false; reason: 'not_found' | 'nothing_due' | 'provider_off' | 'provider_down' | 'provider_refused' }

const KIND_TEXT = {
  fr: { deposit: 'Acompte', balance: 'Solde' },
  en: { deposit: 'Deposit', balance: 'Balance' },
} as const

/**
 * Opens the provider's payment page for what the order expects next (the rest of the deposit, else
 * the balance). The amount comes from the order alone: nothing the browser sends sets it. The
 * pending payment is stored only once the provider has answered, so a provider that is down leaves
 * nothing behind; its confirmation arrives later by webhook.
 */
export async function startCheckout(
  payload: Payload,
  args: { customer: TypedUser; orderId: string; provider: OnlineProviderId; locale: 'fr' | 'en'; serverUrl: string },
): Promise<CheckoutStart> {
  const provider = paymentProvider(args.provider)
  if (!provider) return { ok: false, reason: 'provider_off' }
  if (!isRecordId(args.orderId)) return { ok: false, reason: 'not_found' }
  const order = await payload.findByID({
    collection: 'orders',
    id: args.orderId,
    overrideAccess: false,
    user: args.customer,
    disableErrors: true,
    depth: 0,
    select: { number: true, status: true, totals: true, amountPaid: true },
  })
  if (!order?.number) return { ok: false, reason: 'not_found' }
  const due = nextTransfer(
    order.status,
    orderBalance({ total: order.totals.total, depositDue: order.totals.depositDue, paid: order.amountPaid }),
  )
  if (!due) return { ok: false, reason: 'nothing_due' }

  const orderPage = `${args.serverUrl}${args.locale === 'en' ? '/en' : ''}/account/orders/${order.id}`
  let checkout
  try {
    checkout = await provider.createCheckout({
      orderId: order.id,
      orderNumber: order.number,
      kind: due.kind,
      amount: due.amount,
      currency: 'EUR',
      description: `${KIND_TEXT[args.locale][due.kind]} · ${order.number}`,
      customerEmail: 'email' in args.customer ? String(args.customer.email) : undefined,
      locale: args.locale,
      returnUrl: `${orderPage}/return?provider=${args.provider}`,
      cancelUrl: `${orderPage}/return?provider=${args.provider}&cancelled=1`,
      idempotencyKey: checkoutKey({
        orderId: order.id,
        kind: due.kind,
        amount: due.amount,
        provider: args.provider,
        locale: args.locale,
        at: new Date(),
      }),
    })
  } catch (error) {
    if (error instanceof ProviderUnavailableError) return { ok: false, reason: 'provider_down' }
    if (error instanceof ProviderRejectedError) return { ok: false, reason: 'provider_refused' }
    throw error
  }

  const { totalDocs } = await payload.count({
    collection: 'payments',
    where: { providerReference: { equals: checkout.providerReference } },
  })
  if (totalDocs === 0) {
    try {
      await payload.create({
        collection: 'payments',
        data: {
          order: order.id,
          provider: args.provider,
          kind: due.kind,
          status: 'pending',
          amount: due.amount,
          currency: 'EUR',
          providerReference: checkout.providerReference,
        },
        depth: 0,
      })
    } catch (error) {
      // Twenty clicks at once share one checkout (same idempotency key): one of them stored it.
      const stored = await payload.count({
        collection: 'payments',
        where: { providerReference: { equals: checkout.providerReference } },
      })
      if (stored.totalDocs === 0) throw error
    }
  }
  return { ok: true, redirectUrl: checkout.redirectUrl }
}
