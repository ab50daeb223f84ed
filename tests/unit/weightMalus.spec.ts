import { describe, expect, it } from 'vitest'
import type { WeightBand } from '../../src/domain/importRules'
import { allInForce } from '../../src/domain/landedCost/dated'
import { taxableMass, weightMalusAmount } from '../../src/domain/landedCost'
import { importRulesFr } from '../../src/seed/data/importRulesFr'

function bands(id: string): WeightBand[] {
  const grid = importRulesFr.weightMalus.grids.find((g) => g.id === id)
  if (!grid) throw new Error(`no weight grid ${id}`)
  return grid.bands
}

describe('weight malus bands (marginal, both ends counted)', () => {
  it('service-public: 1 950 kg first registered in 2024 → 200×10 + 100×15 + 51×20 = 4 520 €', () => {
    expect(weightMalusAmount(bands('2024-2025'), 1950)).toEqual({
      eur: 4520,
      parts: [
        { kg: 200, eurPerKg: 10 },
        { kg: 100, eurPerKg: 15 },
        { kg: 51, eurPerKg: 20 },
      ],
    })
  })

  it('latribune 2026: 1 950 kg → 6 775 €; checks 1 650 kg → 1 510 € and 2 100 kg → 11 030 €', () => {
    expect(weightMalusAmount(bands('2026'), 1950).eur).toBe(6775)
    expect(weightMalusAmount(bands('2026'), 1650).eur).toBe(1510)
    expect(weightMalusAmount(bands('2026'), 2100).eur).toBe(11030)
  })

  it('2025: 2 100 kg → 8 030 €; nothing below the first band', () => {
    expect(weightMalusAmount(bands('2024-2025'), 2100).eur).toBe(8030)
    expect(weightMalusAmount(bands('2024-2025'), 1599).eur).toBe(0)
    expect(weightMalusAmount(bands('2024-2025'), 1600).eur).toBe(10)
  })

  it('reads the bands from above their lower edge when the setting says so', () => {
    // 1 950 kg on the 2024 bands: 1 600→1 800 = 200 kg × 10, 1 800→1 900 = 100 × 15, 1 900→1 950 = 50 × 20.
    expect(weightMalusAmount(bands('2024-2025'), 1950, 'aboveLowerEdge')).toEqual({
      eur: 4500,
      parts: [
        { kg: 200, eurPerKg: 10 },
        { kg: 100, eurPerKg: 15 },
        { kg: 50, eurPerKg: 20 },
      ],
    })
    expect(weightMalusAmount(bands('2026'), 1650, 'aboveLowerEdge').eur).toBe(1500)
    expect(weightMalusAmount(bands('2024-2025'), 1600, 'aboveLowerEdge').eur).toBe(0)
  })

  it('2022–2023: 10 € per kg above 1 800 kg', () => {
    expect(weightMalusAmount(bands('2022-2023'), 1800).eur).toBe(0)
    expect(weightMalusAmount(bands('2022-2023'), 2000).eur).toBe(2000)
  })
})

describe('weight malus reliefs', () => {
  const allowances = importRulesFr.weightMalus.allowances

  it('exempts EVs and hydrogen cars', () => {
    expect(taxableMass(allInForce(allowances, '2026-01-10'), 'electric', 2300, null).exempt).toBe(true)
    expect(taxableMass(allInForce(allowances, '2024-01-10'), 'hydrogen', 2300, null).exempt).toBe(true)
  })

  it('gives PHEVs above 50 km 200 kg from 2025, capped at 15 % of the mass', () => {
    const rows = allInForce(allowances, '2025-06-01')
    expect(taxableMass(rows, 'plugin_hybrid', 2000, 60)).toMatchObject({
      exempt: false,
      allowanceKg: 200,
      massKg: 1800,
    })
    expect(taxableMass(rows, 'plugin_hybrid', 1200, 60)).toMatchObject({ allowanceKg: 180, massKg: 1020 })
    expect(taxableMass(rows, 'plugin_hybrid', 2000, 40)).toMatchObject({ allowanceKg: 0, massKg: 2000 })
    // 2 000 kg − 200 kg on the 2025 bands: 200×10 + 1×15
    expect(weightMalusAmount(bands('2024-2025'), 1800).eur).toBe(2015)
  })

  it('exempted PHEVs above 50 km until 2024, and says so when the range is unknown', () => {
    const rows = allInForce(allowances, '2024-06-01')
    expect(taxableMass(rows, 'plugin_hybrid', 2000, 70).exempt).toBe(true)
    const unknown = taxableMass(rows, 'plugin_hybrid', 2000, null)
    expect(unknown.exempt).toBe(false)
    expect(unknown.warning?.en).toContain('Electric range unknown')
    expect(unknown.warning).toMatchObject({ code: 'electricRangeUnknown' })
    expect(unknown.warning?.fr.replace(/[\u00a0\u202f]/g, ' ')).toBe(
      'Autonomie électrique inconnue : l’abattement du malus au poids (hybride rechargeable, plus de 50 km d’autonomie) ' +
        'n’est pas appliqué.',
    )
  })

  it('gives hybrids 100 kg', () => {
    expect(taxableMass(allInForce(allowances, '2026-03-01'), 'hybrid', 1750, null)).toMatchObject({
      allowanceKg: 100,
      massKg: 1650,
    })
  })
})
