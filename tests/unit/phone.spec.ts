import { describe, expect, it } from 'vitest'

import { isPhoneNumber } from '../../src/domain/phone'

describe('isPhoneNumber', () => {
  it('accepts numbers as people write them, international or French', () => {
    for (const value of [
      '+33 6 12 34 56 78',
      '06.12.34.56.78',
      '06-12-34-56-78',
      '+1 (415) 555-0100',
      '0032 2 555 12 34',
    ]) {
      expect(isPhoneNumber(value), value).toBe(true)
    }
  })

  it('refuses letters, markup, a misplaced + and lengths out of bounds', () => {
    for (const value of [
      'call me',
      '06 12 34 56 7a',
      '<b>0612345678</b>',
      '33+612345678',
      '12345',
      // No country code and not French: we could not text it.
      '123456',
      '612345678',
      `+${'1'.repeat(26)}`,
      '',
    ]) {
      expect(isPhoneNumber(value), value).toBe(false)
    }
  })
})
