import { km, month, perEuro, price } from '@/domain/format'

import { letterhead, sellerMentions } from './letterhead'
import { linesTable } from './linesTable'
import { paperDate, paperText, type PaperText } from './paperText'
import { countryName } from './parties'
import { Sheet } from './sheet'
import type { QuoteData, QuoteExchange, WantedVehicle } from './types'

type Fact = [string, string | null | undefined]

function yearsWanted({ yearFrom, yearTo }: WantedVehicle, text: PaperText): string | null {
  if (yearFrom && yearTo) return yearFrom === yearTo ? String(yearFrom) : `${yearFrom}–${yearTo}`
  if (yearFrom) return text.yearsFrom(yearFrom)
  if (yearTo) return text.yearsTo(yearTo)
  return null
}

/** "¥3,250,000 at ¥162.35 per euro (customs rate of December 2026) = €20,018.48". */
function exchangeFact(exchange: QuoteExchange, data: QuoteData, text: PaperText): string {
  const when = exchange.source === 'customs' ? month(exchange.date, data.locale) : paperDate(exchange.date, data.locale)
  return text.exchange(
    price(exchange.amount, exchange.currency, data.locale, { exact: true }),
    perEuro(exchange.perEuro, exchange.currency, data.locale),
    { source: exchange.source, label: when },
    price(exchange.euroCents, 'EUR', data.locale, { exact: true }),
  )
}

/** The car priced, or for a sourcing request with no car proposed yet, the car asked for. */
function vehicleFacts(data: QuoteData, text: PaperText, money: (cents: number) => string): Fact[] {
  const { vehicle, wanted } = data
  if (vehicle) {
    return [
      [text.vehicle, vehicle.title],
      [text.vin, vehicle.vin],
      [text.origin, vehicle.originCountry ? countryName(vehicle.originCountry, data.locale) : null],
      [text.mileage, vehicle.mileageKm != null ? km(vehicle.mileageKm, data.locale) : null],
      [text.exchangeRate, vehicle.exchange ? exchangeFact(vehicle.exchange, data, text) : null],
    ]
  }
  if (!wanted) return []
  return [
    [text.wanted, [wanted.make, wanted.model].filter(Boolean).join(' ')],
    [text.years, yearsWanted(wanted, text)],
    [text.budget, wanted.budget ? money(wanted.budget) : null],
  ]
}

/**
 * A priced quote as the customer keeps it: the car, the lines grouped by how VAT applies to them as
 * on the invoice that will follow, the total, the deposit that confirms it and where to accept it.
 */
export async function quotePdf(data: QuoteData): Promise<Uint8Array> {
  const text = paperText(data.locale)
  // Paperwork shows every amount to the cent.
  const money = (cents: number) => price(cents, data.currency, data.locale, { exact: true })
  const validUntil = data.validUntil ? paperDate(data.validUntil, data.locale) : null
  const sheet = await Sheet.create(`${text.quoteTitle} ${data.number}`, data.seller.siteName)

  letterhead(
    sheet,
    data.seller,
    data.customer,
    text.quoteTitle,
    [
      [text.number, data.number],
      [text.date, paperDate(data.date, data.locale)],
      [text.validUntil, validUntil],
      ...vehicleFacts(data, text, money),
    ],
    text,
  )

  linesTable(sheet, data.lines, data.total, money, text)
  sheet.row(text.depositOnAcceptance, money(data.depositDue), { bold: true })
  sheet.down(16)

  sheet.ensure(60)
  sheet.paragraph(text.howToAccept, sheet.left, sheet.right - sheet.left, { size: 10, bold: true })
  sheet.down(2)
  sheet.paragraph(text.acceptIn(validUntil), sheet.left, sheet.right - sheet.left, { size: 9 })
  // On a line of its own, with nothing after it, so that it can be copied as it is.
  sheet.paragraph(data.acceptUrl, sheet.left, sheet.right - sheet.left, { size: 9, bold: true })

  if (data.seller.invoiceNote) {
    sheet.down(16)
    sheet.paragraph(data.seller.invoiceNote, sheet.left, sheet.right - sheet.left, { size: 8, muted: true })
  }
  return sheet.finish(sellerMentions(data.seller, text), text.page)
}
