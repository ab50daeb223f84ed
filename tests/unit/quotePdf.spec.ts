import { describe, expect, it } from 'vitest'

import { pricedLines } from '@/documents/pricedLines'
import { quotePdf } from '@/documents/quotePdf'
import type { QuoteData, SellerParty } from '@/documents/types'
import { pdfPages, pdfText } from '../helpers/pdfText'

/** Spaces as Intl writes them in amounts (narrow and no-break) read as plain spaces. */
const flat = (text: string) => text.replace(/[\s\u202f]+/g, ' ')

const seller: SellerParty = {
  siteName: 'Autoport',
  legalName: 'Autoport SAS',
  legalForm: 'SAS au capital de 50 000 €',
  address: '27 rue de Gerland\n69007 Lyon',
  siret: '912 345 675 00017',
  rcs: 'Lyon B 912 345 675',
  vatNumber: 'FR65912345675',
  invoiceNote: 'Devis gratuit. Prix garantis jusqu’à la date de validité.',
}

const stored = [
  { code: 'vehicle', label: 'Véhicule Toyota Supra', amount: 3_000_000, override: null, vatIncluded: false },
  {
    code: 'transport',
    label: 'Fret jusqu’à la frontière de l’UE',
    amount: 180_000,
    override: null,
    vatIncluded: false,
  },
  { code: 'customs_duty', label: 'Droits de douane', amount: 300_000, override: null, vatIncluded: false },
  { code: 'import_vat', label: 'TVA à l’importation', amount: 696_000, override: null, vatIncluded: false },
  { code: 'broker', label: 'Commissionnaire en douane', amount: 36_000, override: null, vatIncluded: true },
  { code: 'discount', label: 'Remise fidélité', amount: 0, override: -20_000, vatIncluded: true },
  { code: 'regional_tax', label: 'Taxe régionale', amount: 46_000, override: null, vatIncluded: false },
  { code: 'co2_malus', label: 'Malus CO₂', amount: 260_000, override: 250_000, vatIncluded: false },
]

const quote: QuoteData = {
  locale: 'fr',
  seller,
  customer: { name: 'Hélène Œuvray-Müller', email: 'helene@example.fr', address: ['3 place Bellecour', '69002 Lyon'] },
  number: 'Q-2026-0011',
  date: '2026-03-02T09:30:00.000Z',
  validUntil: '2026-03-16T00:00:00.000Z',
  vehicle: { title: 'Toyota Supra · 2020', vin: 'JTNB23HK103001234', originCountry: 'JP', mileageKm: 12_500 },
  wanted: null,
  lines: pricedLines(stored, 150_000, 'Frais de service Autoport'),
  total: 4_638_000,
  depositDue: 463_800,
  currency: 'EUR',
  acceptUrl: 'http://localhost:3000/account/quotes/0b7c6f1e-2f44-4d0e-9a51-3c2d1e0f9a11',
}

describe('priced lines', () => {
  it('takes the staff amount over the computed one and adds the service fee as one line', () => {
    const lines = pricedLines(stored, 150_000, 'Frais de service Autoport')
    expect(lines.find((line) => line.label === 'Malus CO₂')).toEqual({
      label: 'Malus CO₂',
      amount: 250_000,
      category: 'notSubjectToVat',
      vatIncluded: false,
    })
    expect(lines.at(-1)).toEqual({
      label: 'Frais de service Autoport',
      amount: 150_000,
      category: 'supply',
      vatIncluded: true,
    })
    expect(lines.reduce((sum, line) => sum + line.amount, 0)).toBe(quote.total)
    expect(pricedLines(stored, 0, 'fee')).toHaveLength(stored.length)
  })
})

describe('quote PDF', () => {
  it('prints the car, the lines by VAT treatment, the total, the deposit, the validity and how to accept', async () => {
    const bytes = await quotePdf(quote)
    expect(Buffer.from(bytes.slice(0, 5)).toString('latin1')).toBe('%PDF-')
    const text = flat(await pdfText(bytes))
    for (const expected of [
      'Autoport SAS, SAS au capital de 50 000 €',
      'SIRET 912 345 675 00017',
      'Hélène Œuvray-Müller',
      '3 place Bellecour',
      'Devis',
      'Numéro Q-2026-0011',
      'Date 2 mars 2026',
      'Valable jusqu’au 16 mars 2026',
      'Véhicule Toyota Supra · 2020',
      'VIN JTNB23HK103001234',
      'Provenance Japon',
      'Kilométrage 12 500 km',
      'Montants hors TVA',
      'Véhicule Toyota Supra 30 000,00 €',
      'Fret jusqu’à la frontière de l’UE 1 800,00 €',
      'Sous-total HT 34 800,00 €',
      'TVA à l’importation 6 960,00 €',
      'Montants TVA incluse',
      'Remise fidélité -200,00 €',
      'Frais de service Autoport 1 500,00 €',
      'Sous-total TTC 1 660,00 €',
      'Taxes non soumises à la TVA (carte grise)',
      'Malus CO2 2 500,00 €',
      'Total TTC 46 380,00 €',
      'Acompte à verser à l’acceptation 4 638,00 €',
      'Pour accepter ce devis',
      'avant le 16 mars 2026 inclus',
      quote.acceptUrl,
      'Devis gratuit. Prix garantis jusqu’à la date de validité.',
    ])
      expect(text).toContain(expected)
    // The computed amount a staff amount replaced is not printed.
    expect(text).not.toContain('2 600,00 €')
    expect(await pdfPages(bytes)).toHaveLength(1)
  })

  it('speaks English', async () => {
    const text = flat(await pdfText(await quotePdf({ ...quote, locale: 'en' })))
    for (const expected of [
      'Quote',
      'Number Q-2026-0011',
      'Valid until 16 March 2026',
      'Country of origin Japan',
      'Mileage 12,500 km',
      'Total incl. VAT €46,380.00',
      'Deposit to pay on acceptance €4,638.00',
      'To accept this quote',
    ])
      expect(text).toContain(expected)
  })

  it('shows the car asked for on a sourcing quote with no car proposed yet', async () => {
    const text = flat(
      await pdfText(
        await quotePdf({
          ...quote,
          vehicle: null,
          wanted: { make: 'Porsche', model: '911 Carrera', yearFrom: 2015, yearTo: 2019, budget: 8_000_000 },
          validUntil: null,
        }),
      ),
    )
    expect(text).toContain('Véhicule recherché Porsche 911 Carrera')
    expect(text).toContain('Années 2015–2019')
    expect(text).toContain('Budget 80 000,00 €')
    expect(text).not.toContain('Valable jusqu’au')
    expect(text).not.toContain('VIN')
    expect(text).toContain('Acceptez-le dans votre espace client. L’acompte')

    const open = flat(await pdfText(await quotePdf({ ...quote, vehicle: null, wanted: { yearFrom: 2018 } })))
    expect(open).toContain('Années à partir de 2018')
  })
})
