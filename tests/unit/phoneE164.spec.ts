import { describe, expect, it } from 'vitest'

import { toE164 } from '../../src/domain/phone'

describe('toE164', () => {
  it('writes international and French numbers the way SMS providers want them', () => {
    expect(toE164('+33 6 12 34 56 78')).toBe('+33612345678')
    expect(toE164('06.12.34.56.78')).toBe('+33612345678')
    expect(toE164('0033 6 12 34 56 78')).toBe('+33612345678')
    expect(toE164('+1 (415) 555-0100')).toBe('+14155550100')
    expect(toE164('+44 20 7946 0958')).toBe('+442079460958')
  })

  it('refuses what cannot be told', () => {
    for (const bad of ['', '12345', '612345678', '+0 12 34 56 78', '06 12 34 56', 'call me', '+3361234567890123']) {
      expect(toE164(bad)).toBeNull()
    }
  })
})
