import type { Payload, PayloadRequest } from 'payload'

import type { Paperwork } from '@/api/paperworkResponse'
import { getEnv } from '@/config/env'
import { customerParty, sellerParty } from '@/documents/parties'
import { quoteLines } from '@/documents/pricedLines'
import { quotePdf } from '@/documents/quotePdf'
import type { PaperLocale, QuoteData, QuoteExchange } from '@/documents/types'
import { storefrontPath } from '@/fields/previewUrl'
import { isQuotePriced } from '@/domain/quoteStatus'
import { idOf, isRecordId } from '@/domain/relationId'
import { vehicleLabelIn } from '@/domain/vehicleName'
import type { Quote } from '@/payload-types'

const QUOTE_SELECT = {
  number: true,
  status: true,
  kind: true,
  customer: true,
  vehicle: true,
  vehicleLabel: true,
  vehicleLabelEn: true,
  sourcing: true,
  lines: true,
  totals: true,
  validUntil: true,
  sentAt: true,
  createdAt: true,
} as const

type StoredQuote = Pick<
  Quote,
  | 'id'
  | 'number'
  | 'status'
  | 'kind'
  | 'customer'
  | 'vehicle'
  | 'vehicleLabel'
  | 'vehicleLabelEn'
  | 'sourcing'
  | 'lines'
  | 'totals'
  | 'validUntil'
  | 'sentAt'
  | 'createdAt'
>

/** The conversion the priced vehicle line used, as the quote's stored calculation keeps it. */
function exchangeOf(landedCost: Quote['landedCost']): QuoteExchange | null {
  const exchange = (landedCost as { result?: { basis?: { exchange?: Partial<QuoteExchange> } } } | null)?.result?.basis
    ?.exchange
  if (!exchange) return null
  const { currency, amount, perEuro, date, source, euroCents } = exchange
  if (typeof currency !== 'string' || typeof perEuro !== 'string' || typeof date !== 'string') return null
  if (typeof amount !== 'number' || typeof euroCents !== 'number') return null
  return { currency, amount, perEuro, date, source: source === 'staff' ? 'staff' : 'customs', euroCents }
}

/**
 * What the quote PDF prints, or null while the quote has no lines or no total. The customer and the
 * car are read without access control: whoever got this far may read the quote, and the car it
 * prices must still show once sold and out of the public inventory.
 */
async function quoteDataOf(
  payload: Payload,
  quote: StoredQuote,
  locale: PaperLocale | undefined,
  req?: PayloadRequest,
): Promise<QuoteData | null> {
  const lines = quote.lines ?? []
  const total = quote.totals?.total
  if (lines.length === 0 || total == null || !quote.number) return null

  const vehicleId = idOf(quote.vehicle)
  // The stored calculation is staff-only; its exchange is printed (the customer's own quote, already
  // admitted by the caller's read), nothing else of it.
  const [customer, settings, vehicle, calculation] = await Promise.all([
    payload.findByID({ collection: 'customers', id: idOf(quote.customer) ?? '', depth: 0, disableErrors: true, req }),
    payload.findGlobal({ slug: 'site-settings', depth: 0, req }),
    vehicleId
      ? payload.findByID({
          collection: 'vehicles',
          id: vehicleId,
          depth: 0,
          disableErrors: true,
          req,
          select: { title: true, year: true, vin: true, originCountry: true, mileageKm: true },
        })
      : null,
    payload.findByID({
      collection: 'quotes',
      id: quote.id,
      depth: 0,
      disableErrors: true,
      req,
      select: { landedCost: true },
    }),
  ])
  const language: PaperLocale = locale ?? (customer?.language === 'en' ? 'en' : 'fr')
  const seller = sellerParty(settings)
  const title =
    vehicleLabelIn(quote, language) ??
    (vehicle?.title ? [vehicle.title, vehicle.year].filter(Boolean).join(' · ') : null)
  const sourcing = quote.kind === 'sourcing' ? quote.sourcing : null

  return {
    locale: language,
    seller,
    customer: customerParty(customer, language),
    number: quote.number,
    date: quote.sentAt ?? quote.createdAt,
    validUntil: quote.validUntil ?? null,
    vehicle: title
      ? {
          title,
          vin: vehicle?.vin ?? null,
          originCountry: vehicle?.originCountry ?? null,
          mileageKm: vehicle?.mileageKm ?? null,
          exchange: exchangeOf(calculation?.landedCost ?? null),
        }
      : null,
    wanted: sourcing
      ? {
          make: sourcing.make,
          model: sourcing.model,
          yearFrom: sourcing.yearFrom,
          yearTo: sourcing.yearTo,
          budget: sourcing.budget,
        }
      : null,
    lines: quoteLines(lines, quote.totals?.serviceFee ?? 0, seller.siteName, language),
    total,
    depositDue: quote.totals?.depositDue ?? 0,
    currency: quote.totals?.currency ?? 'EUR',
    acceptUrl: `${getEnv().SERVER_URL}${storefrontPath(`account/quotes/${quote.id}`, language)}`,
  }
}

/**
 * A quote as a PDF, read as the caller: staff and the customer it is for see it, anyone else finds
 * nothing; while staff are still pricing it (or it has no lines or total) it has `data: null`.
 */
export async function loadQuoteData(
  req: PayloadRequest,
  id: string,
  locale?: PaperLocale,
): Promise<Paperwork<QuoteData>> {
  const quote = await req.payload.findByID({
    collection: 'quotes',
    id,
    depth: 0,
    overrideAccess: false,
    user: req.user,
    disableErrors: true,
    req,
    select: QUOTE_SELECT,
  })
  if (!quote) return { found: false }
  if (!isQuotePriced(quote.status)) return { found: true, data: null }
  return { found: true, data: await quoteDataOf(req.payload, quote, locale, req) }
}

/**
 * The quote's PDF for a message sent by the system (no user: read without access control), named
 * after the quote's number; null when there is no such quote or it is not priced.
 */
export async function quotePdfForSystem(
  payload: Payload,
  quoteId: string,
  locale?: PaperLocale,
): Promise<{ filename: string; content: Uint8Array } | null> {
  if (!isRecordId(quoteId)) return null
  const quote = await payload.findByID({
    collection: 'quotes',
    id: quoteId,
    depth: 0,
    disableErrors: true,
    select: QUOTE_SELECT,
  })
  if (!quote) return null
  const data = await quoteDataOf(payload, quote, locale)
  return data ? { filename: `${data.number}.pdf`, content: await quotePdf(data) } : null
}
