import { describe, expect, it } from 'vitest'

import { ANY_ORIGIN, serviceDefaults } from '@/domain/serviceDefaults'

const defaults = {
  transport: [
    { origin: 'DE', amount: 90_000, inland: 40_000 },
    { origin: ANY_ORIGIN, amount: 200_000, inland: 45_000 },
  ],
}

describe('serviceDefaults freight', () => {
  it('uses the row of the vehicle’s origin when there is one', () => {
    expect(serviceDefaults(defaults, { originCountry: 'DE' }).transport).toBe(90_000)
  })

  it('falls back to the catch-all row, stored as `any`', () => {
    expect(ANY_ORIGIN).toBe('any')
    const japan = serviceDefaults(defaults, { originCountry: 'JP' })
    expect([japan.transport, japan.inlandTransport]).toEqual([200_000, 45_000])
  })
})
