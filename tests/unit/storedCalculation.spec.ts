import { describe, expect, it } from 'vitest'

import { readStoredCalculation } from '@/admin/quotes/storedCalculation'

const money = (cents: number) => `€${(cents / 100).toFixed(2)}`

describe('the quote’s stored landed-cost calculation, read for the admin', () => {
  const stored = {
    computedAt: '2026-11-30T09:00:00.000Z',
    registrationDate: '2026-12-15',
    clearanceDate: '2026-12-10',
    clearanceDateFrom: 'expected_arrival',
    staffFlags: {},
    input: { vehiclePrice: 3_000_000 },
    result: {
      ok: true,
      currency: 'EUR',
      lines: [
        {
          code: 'vehicle',
          label: 'Vehicle',
          labelFr: 'Véhicule',
          amount: 3_000_000,
          rule: 'Price',
          ruleFr: 'Prix',
          sourceIds: [],
        },
        {
          code: 'customs_duty',
          label: 'Customs duty',
          labelFr: 'Droits de douane',
          amount: 300_000,
          rule: '10 % of the customs value €30 000.00',
          ruleFr: '10 % de la valeur en douane',
          validFrom: '2020-01-01',
          sourceIds: ['S12', 'S13'],
        },
        { code: 'broken' },
      ],
      total: 3_300_000,
      y6: 0,
      basis: { vatRegime: 'import', ageMonths: 14, collector: false, reductionPercent: 0, customsValue: 3_000_000 },
      warnings: [{ code: 'w', en: 'Check the freight invoice.', fr: 'Vérifiez la facture.' }],
      registrationCheck: { notes: [{ code: 'coc', en: 'A COC is needed.', fr: 'Un COC est nécessaire.' }] },
    },
  }

  it('gives each valid line with its amount, rule and sources, and the basis in words', () => {
    const view = readStoredCalculation(stored, money)!
    expect(view.lines.map((line) => [line.code, line.amount])).toEqual([
      ['vehicle', 3_000_000],
      ['customs_duty', 300_000],
    ])
    expect(view.lines[1]).toMatchObject({ validFrom: '2020-01-01', sourceIds: ['S12', 'S13'] })
    expect(view.total).toBe(3_300_000)
    expect(view.basis).toEqual(
      expect.arrayContaining([
        { label: 'VAT regime', value: 'Import (customs duty and import VAT)' },
        { label: 'Customs value', value: '€30000.00' },
      ]),
    )
    expect(view.warnings).toEqual(['Check the freight invoice.'])
    expect(view.notes).toEqual(['A COC is needed.'])
    expect(view.clearanceDateFrom).toBe('expected_arrival')
  })

  it('reads nothing from what is not a calculation', () => {
    expect(readStoredCalculation(null, money)).toBeNull()
    expect(readStoredCalculation('text', money)).toBeNull()
    expect(readStoredCalculation({}, money)?.lines).toEqual([])
  })
})
