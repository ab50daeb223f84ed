import 'server-only'

import { cache } from 'react'

import { kycDocumentsOnFile, kycStatusFrom } from '@/domain/kyc'
import { nextTransfer, orderBalance, signedAmount } from '@/domain/orderBalance'
import { milestoneReachedAt } from '@/domain/orderMilestone'
import { isFinalOrderStatus } from '@/domain/orderStatus'
import { shipmentTracking } from '@/domain/shipmentTracking'
import { canAnswerQuote, isQuotePriced, shownQuoteStatus } from '@/domain/quoteStatus'
import { isRegionCode, regionName } from '@/domain/regions'
import { isRecordId } from '@/domain/relationId'
import { vehicleLabelIn, vehicleName as carName } from '@/domain/vehicleName'
import { PUBLIC_VEHICLE_STATUSES } from '@/domain/vehicleOptions'
import type { Locale } from '@/i18n/routing'
import type { Quote, Vehicle } from '@/payload-types'
import type { getCustomer } from '../_auth/session'
import { getPayloadClient } from './payload'

/**
 * What the customer portal shows, read as the signed-in customer (access control decides what they
 * see, never these functions) and shaped so the pages only lay it out.
 */
export type SignedInCustomer = NonNullable<Awaited<ReturnType<typeof getCustomer>>>

/** The car a quote or order is for, as written on it (a sold car is no longer readable by its buyer). */
function vehicleName(
  record: {
    vehicle?: string | Pick<Vehicle, 'make' | 'model' | 'trim' | 'modelName' | 'trimName' | 'year'> | null
    vehicleLabel?: string | null
    vehicleLabelEn?: string | null
  },
  locale: Locale,
): string | null {
  const label = vehicleLabelIn(record, locale)
  if (label) return label
  const vehicle = record.vehicle && typeof record.vehicle === 'object' ? record.vehicle : null
  const name = vehicle ? carName(vehicle, locale) : ''
  return name ? `${name}${vehicle?.year ? ` · ${vehicle.year}` : ''}` : null
}

// The car's name as the reader's language writes it (see domain/vehicleName).
const CAR_NAME = { make: true, model: true, trim: true, modelName: true, trimName: true, year: true } as const

/** What a quote is about: the stock car, or the car we were asked to find; null leaves the page its fallback. */
function quoteSubject(
  quote: Pick<Quote, 'vehicle' | 'vehicleLabel' | 'vehicleLabelEn' | 'sourcing'>,
  locale: Locale,
): string | null {
  const vehicle = vehicleName(quote, locale)
  if (vehicle) return vehicle
  const wanted = [quote.sourcing?.make, quote.sourcing?.model].filter(Boolean).join(' ')
  return wanted || null
}

const DOCUMENT_ROW = {
  type: true,
  status: true,
  rejectionReason: true,
  filename: true,
  url: true,
  createdAt: true,
} as const

/** The signed-in home: what needs the customer now, and their records at a glance. */
export const getAccountOverview = cache(async (customer: SignedInCustomer, locale: Locale) => {
  const now = new Date()
  const payload = await getPayloadClient()
  const list = { overrideAccess: false, user: customer, depth: 0, pagination: false } as const
  const [quotes, orders, documents] = await Promise.all([
    payload.find({
      collection: 'quotes',
      ...list,
      sort: '-createdAt',
      limit: 200,
      select: { number: true, status: true, validUntil: true },
    }),
    payload.find({
      collection: 'orders',
      ...list,
      sort: '-createdAt',
      limit: 200,
      depth: 1,
      select: {
        number: true,
        status: true,
        totals: true,
        amountPaid: true,
        amountDue: true,
        vehicle: true,
        vehicleLabel: true,
        timeline: { status: true, at: true },
        createdAt: true,
      },
      populate: { vehicles: { title: true, year: true } },
    }),
    payload.find({
      collection: 'documents',
      ...list,
      sort: 'createdAt',
      limit: 200,
      select: { type: true, status: true },
    }),
  ])
  const answerable = quotes.docs.filter((quote) => canAnswerQuote(quote, now))
  const address = customer.address
  return {
    quotesToAnswer: answerable.map(({ id, number, validUntil }) => ({
      id,
      number: number ?? '',
      validUntil: validUntil ?? null,
    })),
    depositsToPay: orders.docs
      .filter((order) => order.status === 'awaiting_deposit')
      .map((order) => ({
        id: order.id,
        number: order.number ?? '',
        amount: orderBalance({ total: order.totals.total, depositDue: order.totals.depositDue, paid: order.amountPaid })
          .depositLeft,
      })),
    // Every order and the milestone it is at, open ones first (newest first within each group).
    orders: [...orders.docs]
      .sort((a, b) => Number(isFinalOrderStatus(a.status)) - Number(isFinalOrderStatus(b.status)))
      .map((order) => ({
        id: order.id,
        number: order.number ?? '',
        vehicle: vehicleName(order, locale),
        status: order.status,
        since: milestoneReachedAt(order),
      })),
    kyc: kycStatusFrom(documents.docs),
    documentsOnFile: kycDocumentsOnFile(documents.docs),
    profileComplete: Boolean(customer.phone && address?.line1 && address?.postcode && address?.city),
    counts: {
      quotes: quotes.totalDocs,
      answerableQuotes: answerable.length,
      orders: orders.totalDocs,
      openOrders: orders.docs.filter((order) => !isFinalOrderStatus(order.status)).length,
      documents: documents.totalDocs,
      verifiedDocuments: documents.docs.filter((doc) => doc.status === 'verified').length,
    },
  }
})

/** The customer's quotes, newest first, with the state and figures they may see. */
export const getQuoteList = cache(async (customer: SignedInCustomer, locale: Locale) => {
  const now = new Date()
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'quotes',
    overrideAccess: false,
    user: customer,
    sort: '-createdAt',
    limit: 100,
    depth: 1,
    select: {
      number: true,
      status: true,
      kind: true,
      vehicle: true,
      vehicleLabel: true,
      vehicleLabelEn: true,
      sourcing: { make: true, model: true },
      totals: { total: true },
      validUntil: true,
      createdAt: true,
    },
    populate: { vehicles: CAR_NAME },
    locale,
  })
  return docs.map((quote) => ({
    id: quote.id,
    number: quote.number ?? null,
    kind: quote.kind,
    subject: quoteSubject(quote, locale),
    status: shownQuoteStatus(quote, now),
    validUntil: canAnswerQuote(quote, now) ? (quote.validUntil ?? null) : null,
    total: isQuotePriced(quote.status) && quote.totals?.total ? quote.totals.total : null,
    createdAt: quote.createdAt,
  }))
})

/** One quote of the customer's, or null when it is not theirs (or not a quote at all). */
export const getQuote = cache(async (id: string, customer: SignedInCustomer, locale: Locale) => {
  const now = new Date()
  if (!isRecordId(id)) return null
  const payload = await getPayloadClient()
  const quote = await payload.findByID({
    collection: 'quotes',
    id,
    overrideAccess: false,
    user: customer,
    disableErrors: true,
    depth: 1,
    select: {
      number: true,
      status: true,
      kind: true,
      vehicle: true,
      vehicleLabel: true,
      vehicleLabelEn: true,
      sourcing: true,
      destination: true,
      customerMessage: true,
      lines: { code: true, label: true, amount: true, override: true },
      validUntil: true,
      totals: true,
      sentAt: true,
      answeredAt: true,
      acceptedTermsVersion: true,
      declineReason: true,
      order: true,
      createdAt: true,
    },
    populate: { vehicles: { ...CAR_NAME, slug: true, status: true }, orders: { number: true } },
    locale,
  })
  if (!quote) return null
  const vehicle = quote.vehicle && typeof quote.vehicle === 'object' ? quote.vehicle : null
  const order =
    quote.order && typeof quote.order === 'object'
      ? { id: quote.order.id, number: quote.order.number ?? null }
      : quote.order
        ? { id: quote.order, number: null }
        : null
  const totals = quote.totals ?? {}
  const lines = quote.lines ?? []
  const region = quote.destination?.region
  return {
    id: quote.id,
    number: quote.number ?? null,
    kind: quote.kind,
    status: quote.status,
    shownStatus: shownQuoteStatus(quote, now),
    answerable: canAnswerQuote(quote, now),
    priced: isQuotePriced(quote.status) && lines.length > 0 && totals.total != null,
    subject: quoteSubject(quote, locale),
    vehicle:
      vehicle || vehicleLabelIn(quote, locale)
        ? {
            name: quoteSubject(quote, locale) ?? '',
            // Only a car still on sale has a page to link to.
            slug:
              vehicle?.slug && (PUBLIC_VEHICLE_STATUSES as readonly string[]).includes(vehicle.status)
                ? vehicle.slug
                : null,
          }
        : null,
    sourcing: quote.sourcing,
    region: region && isRegionCode(region) ? regionName(region) : null,
    customerMessage: quote.customerMessage ?? null,
    declineReason: quote.status === 'declined' ? (quote.declineReason ?? null) : null,
    order,
    lines,
    totals,
    validUntil: quote.validUntil ?? null,
    sentAt: quote.sentAt ?? null,
    answeredAt: quote.answeredAt ?? null,
    acceptedTermsVersion: quote.acceptedTermsVersion ?? null,
    createdAt: quote.createdAt,
  }
})

/** The customer's orders, newest first; what is due and the ETA only while the order is open. */
export const getOrderList = cache(async (customer: SignedInCustomer, locale: Locale) => {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'orders',
    overrideAccess: false,
    user: customer,
    sort: '-createdAt',
    limit: 100,
    depth: 1,
    select: {
      number: true,
      status: true,
      vehicle: true,
      vehicleLabel: true,
      vehicleLabelEn: true,
      totals: { total: true },
      amountDue: true,
      shipping: { eta: true },
      timeline: { status: true, at: true },
      createdAt: true,
    },
    populate: { vehicles: CAR_NAME },
    locale,
  })
  return docs.map((order) => {
    const open = !isFinalOrderStatus(order.status)
    return {
      id: order.id,
      number: order.number ?? null,
      vehicle: vehicleName(order, locale),
      status: order.status,
      since: milestoneReachedAt(order),
      total: order.totals.total,
      eta: open ? (order.shipping?.eta ?? null) : null,
      due: open && (order.amountDue ?? 0) > 0 ? (order.amountDue ?? 0) : null,
      createdAt: order.createdAt,
    }
  })
})

const HOUR_MS = 3_600_000

/**
 * Money received, and payments under way: a checkout the customer opened and left is not theirs
 * to worry about after an hour (the reconciliation job closes it), and a failed one is just gone.
 */
function shownToCustomer(payment: { status: string; provider: string; createdAt: string }): boolean {
  if (payment.status === 'succeeded') return true
  if (payment.status !== 'pending') return false
  return payment.provider === 'bank_transfer' || Date.now() - new Date(payment.createdAt).getTime() < HOUR_MS
}

/** One order of the customer's with its money, shipping, payments and documents, or null. */
export const getOrder = cache(async (id: string, customer: SignedInCustomer, locale: Locale) => {
  if (!isRecordId(id)) return null
  const payload = await getPayloadClient()
  const order = await payload.findByID({
    collection: 'orders',
    id,
    overrideAccess: false,
    user: customer,
    disableErrors: true,
    depth: 1,
    select: {
      number: true,
      status: true,
      quote: true,
      vehicle: true,
      vehicleLabel: true,
      vehicleLabelEn: true,
      timeline: { status: true, at: true, customerNote: true },
      shipping: true,
      registration: true,
      totals: true,
      amountPaid: true,
      amountDue: true,
      invoiceNumber: true,
      createdAt: true,
    },
    populate: { vehicles: { ...CAR_NAME, slug: true, status: true }, quotes: { number: true } },
    locale,
  })
  if (!order) return null
  const ofOrder = {
    overrideAccess: false,
    user: customer,
    depth: 0,
    pagination: false,
    where: { order: { equals: order.id } },
  } as const
  const [documents, payments] = await Promise.all([
    payload.find({ collection: 'documents', ...ofOrder, sort: '-createdAt', limit: 50, select: DOCUMENT_ROW }),
    payload.find({
      collection: 'payments',
      ...ofOrder,
      sort: '-createdAt',
      limit: 50,
      select: {
        provider: true,
        kind: true,
        status: true,
        amount: true,
        receivedAt: true,
        receiptNumber: true,
        createdAt: true,
      },
    }),
  ])
  const money = orderBalance({ total: order.totals.total, depositDue: order.totals.depositDue, paid: order.amountPaid })
  const quote = order.quote && typeof order.quote === 'object' ? order.quote : null
  const shipping = order.shipping ?? {}
  return {
    id: order.id,
    number: order.number ?? null,
    status: order.status,
    timeline: order.timeline,
    vehicle: vehicleName(order, locale),
    quote: quote?.number ? { id: quote.id, number: quote.number } : null,
    createdAt: order.createdAt,
    cancelledAt:
      order.status === 'cancelled'
        ? (order.timeline?.findLast((entry) => entry.status === 'cancelled')?.at ?? null)
        : null,
    money: {
      total: order.totals.total,
      depositDue: order.totals.depositDue ?? 0,
      paid: money.paid,
      due: Math.max(0, money.due),
    },
    transfer: nextTransfer(order.status, money),
    invoice: order.invoiceNumber ? { number: order.invoiceNumber, href: `/api/orders/${order.id}/invoice` } : null,
    shipping: {
      carrier: shipping.carrier ?? null,
      vessel: shipping.vessel ?? null,
      containerNumber: shipping.containerNumber ?? null,
      bookingReference: shipping.bookingReference ?? null,
      billOfLading: shipping.billOfLading ?? null,
      route: [shipping.portOfLoading, shipping.portOfDischarge].filter(Boolean).join(' → ') || null,
      etd: shipping.etd ?? null,
      eta: shipping.eta ?? null,
      plate: order.registration?.plate ?? null,
      // The container, B/L or booking at the carrier when it links to it, else the ship (only https links).
      tracking: shipmentTracking(shipping),
    },
    // The newest card or PayPal attempt, whatever became of it: what the page says on the way back.
    lastOnline: (({ provider, status }) => ({ provider, status }))(
      payments.docs.find((payment) => payment.provider !== 'bank_transfer' && payment.kind !== 'refund') ?? {
        provider: 'bank_transfer' as const,
        status: 'succeeded' as const,
      },
    ),
    payments: payments.docs.filter(shownToCustomer).map((payment) => ({
      id: payment.id,
      kind: payment.kind,
      provider: payment.provider,
      status: payment.status,
      amount: signedAmount(payment),
      at: payment.receivedAt ?? payment.createdAt,
      receipt:
        payment.status === 'succeeded' && payment.receiptNumber
          ? { number: payment.receiptNumber, href: `/api/payments/${payment.id}/receipt` }
          : null,
    })),
    documents: documents.docs,
  }
})

/** The customer's documents, newest first. */
export const getDocuments = cache(async (customer: SignedInCustomer) => {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'documents',
    overrideAccess: false,
    user: customer,
    sort: '-createdAt',
    limit: 100,
    depth: 0,
    select: DOCUMENT_ROW,
  })
  return docs
})

/** Our bank details, which the global shows only to signed-in customers. */
export const getBankDetails = cache(async (customer: SignedInCustomer) => {
  const payload = await getPayloadClient()
  const settings = await payload.findGlobal({
    slug: 'site-settings',
    overrideAccess: false,
    user: customer,
    depth: 0,
    select: { bankDetails: true },
  })
  return settings.bankDetails ?? null
})

/** The customer's saved searches, newest first (20 at most, see the collection). */
export const getSavedSearches = cache(async (customer: SignedInCustomer) => {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'saved-searches',
    overrideAccess: false,
    user: customer,
    sort: '-createdAt',
    limit: 100,
    depth: 0,
    select: { name: true, query: true, alerts: true, lastAlertAt: true, createdAt: true },
  })
  return docs
})
