import { describe, expect, it } from 'vitest'

import { renderEmail } from '../../src/notifications/templates'
import { SAMPLE_BRAND, SAMPLE_VARIABLES } from '../../src/notifications/templates/samples'

const flat = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ')

describe('saved-search digest of a car priced in yen', () => {
  const variables = {
    ...SAMPLE_VARIABLES.saved_search_digest,
    vehicles: [{ title: 'Toyota Prius 2022', price: 3_250_000, currency: 'JPY', url: 'https://autoport.example/v/1' }],
  }

  it('shows the seller’s yen, not 32 500 euros', () => {
    const en = flat(renderEmail('saved_search_digest', 'en', variables, SAMPLE_BRAND).text)
    expect(en).toContain('JP¥3,250,000')
    expect(en).not.toContain('€32,500')
    const fr = flat(renderEmail('saved_search_digest', 'fr', variables, SAMPLE_BRAND).text)
    expect(fr).toContain('3 250 000 JPY')
  })
})
