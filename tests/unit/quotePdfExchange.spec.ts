import { describe, expect, it } from 'vitest'

import { quotePdf } from '@/documents/quotePdf'
import type { QuoteData } from '@/documents/types'
import { pdfText } from '../helpers/pdfText'

/** Typographic spaces as plain spaces (the PDF's WinAnsi fonts print them so). */
const flat = (text: string) => text.replace(/[\s\u202f\u00a0]+/g, ' ')

const quote: QuoteData = {
  locale: 'en',
  seller: {
    siteName: 'Autoport',
    legalName: 'Autoport SAS',
    legalForm: 'SAS',
    address: '27 rue de Gerland\n69007 Lyon',
    siret: '912 345 675 00017',
    rcs: 'Lyon B 912 345 675',
    vatNumber: 'FR65912345675',
  },
  customer: { name: 'Ada Byron', email: 'ada@example.org', address: ['1 Main St'] },
  number: 'Q-2026-0042',
  date: '2026-12-02T09:30:00.000Z',
  validUntil: null,
  vehicle: {
    title: 'Toyota Prius · 2022',
    originCountry: 'JP',
    exchange: {
      currency: 'JPY',
      amount: 3_250_000,
      perEuro: '162.35',
      date: '2026-12-01',
      source: 'customs',
      euroCents: 2_001_848,
    },
  },
  wanted: null,
  lines: [{ label: 'Vehicle', amount: 2_001_848, category: 'notSubjectToVat', vatIncluded: false }],
  total: 2_001_848,
  depositDue: 200_185,
  currency: 'EUR',
  acceptUrl: 'http://localhost:3000/en/account/quotes/x',
}

describe('quote PDF of a car priced in another currency', () => {
  it('prints the exchange rate used and its month', async () => {
    const text = flat(await pdfText(await quotePdf(quote)))
    expect(text).toContain('Exchange rate')
    expect(text).toContain('JP¥3,250,000 at JP¥162.35 per euro (customs rate of December 2026) = €20,018.48')
  })

  it('in French, with the day staff read their own rate', async () => {
    const exchange = { ...quote.vehicle!.exchange!, perEuro: '160', source: 'staff' as const, date: '2026-12-02' }
    const text = flat(
      await pdfText(await quotePdf({ ...quote, locale: 'fr', vehicle: { ...quote.vehicle!, exchange } })),
    )
    expect(text).toContain('Taux de change')
    expect(text).toMatch(/3 250 000 JPY à 160 JPY pour un euro \(taux relevé le 2 décembre 2026\) = 20 018,48 €/)
  })

  it('prints no exchange line for a car priced in euros', async () => {
    const text = flat(await pdfText(await quotePdf({ ...quote, vehicle: { title: 'Toyota Prius · 2022' } })))
    expect(text).not.toContain('Exchange rate')
  })
})
