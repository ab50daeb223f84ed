import { describe, expect, it } from 'vitest'

import { pricedLines, quoteLines } from '@/documents/pricedLines'
import { quotePdf } from '@/documents/quotePdf'
import type { QuoteData } from '@/documents/types'
import type { LandedCostLine } from '@/domain/landedCost'
import { landedSections } from '@/domain/landedSections'
import { priceSections, type SectionLanguage } from '@/domain/priceSections'
import { vehicleLandedCost } from '@/domain/vehicleLandedCost'
import { importRulesFr as rules } from '@/seed/data/importRulesFr'
import { LANDED_CASES, type LandedCase } from '../helpers/landedCostCases'
import { pdfText } from '../helpers/pdfText'

const landedCase = (number: string) => LANDED_CASES.find((c) => c.name.startsWith(`${number}. `))!

/** Spaces as Intl writes them in amounts (narrow and no-break) read as plain spaces. */
const flat = (text: string) => text.replace(/[\s\u202f\u00a0]+/g, ' ')

function priced(c: LandedCase) {
  const options = { region: c.region, registrationDate: c.registrationDate, services: c.services }
  const result = vehicleLandedCost(c.vehicle, options, rules)
  if (!result.ok) throw new Error(`refused: ${result.field}: ${result.reason}`)
  return result
}

/** The lines a quote priced from this landed cost stores (priceFromLandedCost), in the customer's language. */
const storedLines = (lines: readonly LandedCostLine[], language: SectionLanguage) =>
  lines.map((line) => ({
    code: line.code.startsWith('other:') ? 'other' : line.code,
    label: language === 'fr' ? line.labelFr : line.label,
    amount: line.amount,
    override: null,
    vatIncluded: line.vatIncluded ?? false,
  }))

const FEE = 150_000

// The Japanese hybrid of case 3 (tests/helpers/landedCostCases.ts), registered in Auvergne-Rhône-Alpes on 2026-09-01,
// with our €1 500.00 fee (VAT included):
//   excl. VAT: 23 000 + freight 1 700 + insurance 110 + delivery 320 + port handling 180 + duty 0 = €25 310.00
//   VAT: import VAT €5 062.00
//   incl. VAT: broker 350 + fee 1 500 = €1 850.00
//   carte grise: CO2 malus 141 + weight malus 0 + regional tax 301 + Y.4 11 + Y.5 2.76 = €455.76 (Y.6)
//   total: 31 177.76 + 1 500 = €32 677.76
const japanese = priced(landedCase('3'))

// The German used car of case 1 (Bretagne, 2026-10-05): no VAT line, transport €650.00 invoiced with VAT.
//   excl. VAT: vehicle €19 500.00; incl. VAT: transport 650 + fee 1 500 = €2 150.00;
//   carte grise: 511 + 0 + 420 + 11 + 2.76 = €944.76 (Y.6); total 21 094.76 + 1 500 = €22 594.76.
const german = priced(landedCase('1'))

describe('the vehicle page reads like the quote', () => {
  it('groups an import into the quote’s four sections with hand-worked subtotals, Y.6 being the engine’s', () => {
    const page = landedSections(japanese.lines, FEE, 'Autoport', 'fr')
    expect(page.sections.map((section) => [section.key, section.subtotal])).toEqual([
      ['exclVat', 2_531_000],
      ['vat', 506_200],
      ['inclVat', 185_000],
      ['notSubjectToVat', 45_576],
    ])
    expect(page.y6).toBe(45_576)
    expect(page.y6).toBe(japanese.y6)
    expect(page.total).toBe(3_267_776)
    expect(page.total).toBe(japanese.total + FEE)
    expect(page.sections[2].lines.map((line) => line.label)).toEqual([
      'Transitaire / déclarant en douane',
      'Frais de service Autoport',
    ])
    expect(page.sections[3].lines.map((line) => line.code)).toEqual([
      'co2_malus',
      'weight_malus',
      'regional_tax',
      'y4',
      'y5',
    ])
    // Each line keeps what explains it.
    expect(page.sections[3].lines[2]).toMatchObject({ validFrom: '2025-01-01', sourceIds: ['S20', 'S48'] })
  })

  it('gives an EU car no VAT section and the same Y.6 as the engine', () => {
    const page = landedSections(german.lines, FEE, 'Autoport', 'en')
    expect(page.sections.map((section) => [section.key, section.subtotal])).toEqual([
      ['exclVat', 1_950_000],
      ['inclVat', 215_000],
      ['notSubjectToVat', 94_476],
    ])
    expect(page.y6).toBe(german.y6)
    expect(page.total).toBe(2_259_476)
    expect(page.sections[1].lines.map((line) => line.label)).toEqual([
      'Transport to the EU border',
      'Autoport service fee',
    ])
  })

  for (const [name, result] of [
    ['an import', japanese],
    ['an EU car', german],
  ] as const) {
    for (const language of ['fr', 'en'] as const) {
      it(`shows ${name} with the PDF’s labels, amounts and subtotals (${language})`, () => {
        const page = landedSections(result.lines, FEE, 'Autoport', language)
        const fee = language === 'fr' ? 'Frais de service Autoport' : 'Autoport service fee'
        const paper = priceSections(pricedLines(storedLines(result.lines, language), FEE, fee))
        const shape = (sections: { key: string; subtotal: number; lines: { label: string; amount: number }[] }[]) =>
          sections.map((section) => ({
            key: section.key,
            subtotal: section.subtotal,
            lines: section.lines.map((line) => [line.label, line.amount]),
          }))
        expect(shape(page.sections)).toEqual(shape(paper))
      })
    }
  }

  it('shows in the portal, to a reader of the other language, the rows the page shows in that language', () => {
    // A quote stored in French (the customer's language) read by someone browsing in English.
    const portal = priceSections(quoteLines(storedLines(japanese.lines, 'fr'), FEE, 'Autoport', 'en'))
    const page = landedSections(japanese.lines, FEE, 'Autoport', 'en')
    const rows = (sections: { subtotal: number; lines: { label: string; amount: number }[] }[]) =>
      sections.map((section) => [section.subtotal, section.lines.map((line) => `${line.label} ${line.amount}`)])
    expect(rows(portal)).toEqual(rows(page.sections))
    expect(portal[3].lines.map((line) => line.label)).toContain('Regional tax (Y.1)')
    // Staff wording stays as written.
    const reworded = storedLines(japanese.lines, 'fr').map((line) =>
      line.code === 'broker' ? { ...line, label: 'Transitaire Havre Douane' } : line,
    )
    expect(quoteLines(reworded, FEE, 'Autoport', 'en').map((line) => line.label)).toContain('Transitaire Havre Douane')
  })

  it('prints on the quote PDF the page’s sections, Y.6 and total', async () => {
    const page = landedSections(japanese.lines, FEE, 'Autoport', 'fr')
    const data: QuoteData = {
      locale: 'fr',
      seller: { siteName: 'Autoport' },
      customer: { name: 'Hélène Œuvray-Müller', address: [] },
      number: 'Q-2026-0042',
      date: '2026-09-01T09:00:00.000Z',
      vehicle: { title: 'Toyota Yaris Cross · 2022' },
      lines: pricedLines(storedLines(japanese.lines, 'fr'), FEE, 'Frais de service Autoport'),
      total: page.total,
      depositDue: 326_778,
      currency: 'EUR',
      acceptUrl: 'http://localhost:3000/account/quotes/1',
    }
    const text = flat(await pdfText(await quotePdf(data)))
    for (const expected of [
      'Montants hors TVA',
      'Véhicule 23 000,00 €',
      'Sous-total HT 25 310,00 €',
      'TVA à l’importation 5 062,00 €',
      'Total TVA 5 062,00 €',
      'Montants TVA incluse',
      'Frais de service Autoport 1 500,00 €',
      'Sous-total TTC 1 850,00 €',
      'Taxes non soumises à la TVA (carte grise)',
      'Taxe régionale (Y.1) 301,00 €',
      'Redevance d’acheminement (Y.5) 2,76 €',
      'Total carte grise (Y.6) 455,76 €',
      'Total TTC 32 677,76 €',
    ])
      expect(text).toContain(expected)
  })
})
