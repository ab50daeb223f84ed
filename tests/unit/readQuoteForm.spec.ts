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
