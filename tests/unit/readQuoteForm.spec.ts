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
      ).dates,
    ).toBe('Duty and import VAT read on 2026-01-28 (the order’s ETA); registration taxes on 2026-03-05.')
  })

  it('names only the registration day for a car already in the EU, and nothing before pricing', () => {
    expect(readQuoteForm(formOf({ registrationDate: '2026-03-05', clearanceDate: null })).dates).toBe(
      'Registration taxes read on 2026-03-05.',
    )
    expect(readQuoteForm({} as FormState).dates).toBeNull()
  })
})
