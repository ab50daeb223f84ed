import type { FormState } from 'payload'
import { describe, expect, it } from 'vitest'

import { readQuoteForm } from '../../src/admin/quotes/readQuoteForm'

const formWith = (result: unknown): FormState => ({ landedCost: { value: { result } } }) as unknown as FormState

describe('quote builder warnings', () => {
  it('shows the registration notes and warnings in French', () => {
    const form = readQuoteForm(
      formWith({
        registrationCheck: {
          notes: [{ code: 'customs', en: 'Customs clearance certificate…', fr: 'Certificat de dédouanement 846A…' }],
        },
        warnings: [{ code: 'freightWithoutVat', en: 'Freight … without VAT.', fr: 'Le transport … hors TVA.' }],
      }),
    )
    expect(form.warnings).toEqual(['Certificat de dédouanement 846A…', 'Le transport … hors TVA.'])
  })

  it('shows them in English to a member of staff who reads the admin in English', () => {
    const form = readQuoteForm(
      formWith({
        registrationCheck: {
          notes: [{ code: 'customs', en: 'Customs clearance certificate…', fr: 'Certificat de dédouanement 846A…' }],
        },
        warnings: [{ code: 'freightWithoutVat', en: 'Freight … without VAT.', fr: 'Le transport … hors TVA.' }],
      }),
      'en',
    )
    expect(form.warnings).toEqual(['Customs clearance certificate…', 'Freight … without VAT.'])
  })

  it('still reads a calculation stored when warnings were English strings', () => {
    const form = readQuoteForm(
      formWith({ warnings: ['No COC on file and none priced: add the cost of ordering it from the maker.', null] }),
    )
    expect(form.warnings).toEqual(['No COC on file and none priced: add the cost of ordering it from the maker.'])
  })

  it('has no warnings before the quote is priced', () => {
    expect(readQuoteForm({} as FormState).warnings).toEqual([])
  })
})

describe('quote builder dates', () => {
  const formOf = (landedCost: unknown) => ({ landedCost: { value: landedCost } }) as unknown as FormState

  it('says which days the rules were read on, and where the clearance day came from', () => {
    expect(
      readQuoteForm(
        formOf({ registrationDate: '2026-03-05', clearanceDate: '2026-01-28', clearanceDateFrom: 'order_eta' }),
        'en',
      ).dates,
    ).toBe('Duty and import VAT read on 28 Jan 2026 (the order’s ETA); registration taxes on 5 Mar 2026.')
    expect(
      readQuoteForm(
        formOf({ registrationDate: '2026-03-05', clearanceDate: '2026-01-28', clearanceDateFrom: 'order_eta' }),
        'fr',
      ).dates,
    ).toBe(
      'Droits de douane et TVA import lus au 28 janv. 2026 (arrivée prévue de la commande) ; taxes d’immatriculation au 5 mars 2026.',
    )
  })

  it('names only the registration day for a car already in the EU, and nothing before pricing', () => {
    expect(readQuoteForm(formOf({ registrationDate: '2026-03-05', clearanceDate: null }), 'en').dates).toBe(
      'Registration taxes read on 5 Mar 2026.',
    )
    expect(readQuoteForm(formOf({ registrationDate: '2026-03-05', clearanceDate: null }), 'fr').dates).toBe(
      'Taxes d’immatriculation lues au 5 mars 2026.',
    )
    expect(readQuoteForm({} as FormState).dates).toBeNull()
  })
})
