import { describe, expect, it } from 'vitest'
import type { Co2Grid } from '../../src/domain/importRules'
import { checkImportRules } from '../../src/domain/importRulesCheck'
import { co2GridAmount, inForce, selectCo2Grid } from '../../src/domain/landedCost'
import { reduceByPercent } from '../../src/domain/money'
import { importRulesFr } from '../../src/seed/data/importRulesFr'

function grid(id: string): Co2Grid {
  const found = importRulesFr.co2Grids.find((g) => g.id === id)
  if (!found) throw new Error(`no grid ${id}`)
  return found
}

describe('seeded import rules', () => {
  it('are consistent: contiguous grids, known sources, no overlapping dated rows', () => {
    expect(checkImportRules(importRulesFr)).toEqual([])
  })

  it('cite every source S1…S51 of docs/import-rules.md with an address', () => {
    const ids = importRulesFr.sources.map((s) => s.id)
    for (let n = 1; n <= 51; n++) expect(ids).toContain(`S${n}`)
    expect(ids).toEqual(expect.arrayContaining(['S2b', 'S6b', 'S22b']))
    expect(importRulesFr.sources.every((s) => s.url.startsWith('http') && s.readOn === '2026-11-25')).toBe(true)
  })

  it('hold one grid per first-registration year from 2008 (2014 also covers 2015), two in 2020', () => {
    expect(importRulesFr.co2Grids.map((g) => g.id)).toEqual([
      '2017-NEDC',
      '2018-NEDC',
      '2019-NEDC',
      '2020-NEDC',
      '2020-WLTP',
      '2021-WLTP',
      '2022-WLTP',
      '2023-WLTP',
      '2024-WLTP',
      '2025-WLTP',
      '2026-WLTP',
      '2008-NEDC',
      '2009-NEDC',
      '2010-NEDC',
      '2011-NEDC',
      '2012-NEDC',
      '2013-NEDC',
      '2014-NEDC',
      '2016-NEDC',
    ])
  })
})

describe('CO2 grids: known values', () => {
  // CGI art. 1011 bis as in force each year (S71): the band limits, both ends included.
  it('2008–2016 banded grids: the first and last gram of each band', () => {
    expect([160, 161, 165, 166, 200, 201, 250, 251].map((x) => co2GridAmount(grid('2008-NEDC'), x))).toEqual([
      0, 200, 200, 750, 750, 1600, 1600, 2600,
    ])
    expect(co2GridAmount(grid('2009-NEDC'), 190)).toBe(750)
    expect([155, 156, 160, 161, 195, 196, 245, 246].map((x) => co2GridAmount(grid('2010-NEDC'), x))).toEqual([
      0, 200, 200, 750, 750, 1600, 1600, 2600,
    ])
    expect([150, 151, 156, 190, 191, 240, 241].map((x) => co2GridAmount(grid('2011-NEDC'), x))).toEqual([
      0, 200, 750, 750, 1600, 1600, 2600,
    ])
    expect([140, 141, 150, 151, 156, 181, 190, 191, 230, 231].map((x) => co2GridAmount(grid('2012-NEDC'), x))).toEqual([
      0, 200, 200, 500, 750, 1300, 1300, 2300, 2300, 3600,
    ])
    expect(
      [135, 136, 141, 146, 151, 156, 175, 176, 181, 186, 191, 200, 201].map((x) => co2GridAmount(grid('2013-NEDC'), x)),
    ).toEqual([0, 100, 300, 400, 1000, 1500, 1500, 2000, 2600, 3000, 5000, 5000, 6000])
    for (const id of ['2014-NEDC', '2016-NEDC']) {
      expect(
        [130, 131, 136, 141, 146, 151, 156, 176, 181, 186, 191, 200, 201].map((x) => co2GridAmount(grid(id), x)),
      ).toEqual([0, 150, 250, 500, 900, 1600, 2200, 3000, 3600, 4000, 6500, 6500, 8000])
    }
    expect(inForce(importRulesFr.co2Grids, '2015-07-01')?.id).toBe('2014-NEDC')
  })

  it('2017 NEDC: 127 g → 50 €, 139 g → 410 €, 175 g → 5 810 €, 10 000 € above 190 g', () => {
    const g = grid('2017-NEDC')
    expect([126, 127, 139, 175, 190, 191, 250].map((x) => co2GridAmount(g, x))).toEqual([
      0, 50, 410, 5810, 9973, 10000, 10000,
    ])
  })

  it('2018 NEDC: 160 g = 4 050, 162 g = 4 460, 184 g = 10 290, cap 10 500 from 185 g', () => {
    const g = grid('2018-NEDC')
    expect([119, 120, 125, 139, 160, 162, 175, 184, 185].map((x) => co2GridAmount(g, x))).toEqual([
      0, 50, 113, 953, 4050, 4460, 7613, 10290, 10500,
    ])
  })

  it('2019 NEDC: 117 g = 35 €, the inserted steps, −8 € at 123 g and −1 830 € at 184 g against 2018', () => {
    const g = grid('2019-NEDC')
    expect([116, 117, 128, 129, 145, 164, 190, 191].map((x) => co2GridAmount(g, x))).toEqual([
      0, 35, 90, 113, 1101, 3756, 10290, 10500,
    ])
    expect(co2GridAmount(grid('2018-NEDC'), 123) - co2GridAmount(g, 123)).toBe(8)
    expect(co2GridAmount(grid('2018-NEDC'), 184) - co2GridAmount(g, 184)).toBe(1830)
  })

  it('2020: NEDC 110 g → 50 €, 184 g → 19 641 €, then 20 000 €; WLTP the same steps from 138 g to 212 g', () => {
    expect([109, 110, 172, 173, 184, 185].map((x) => co2GridAmount(grid('2020-NEDC'), x))).toEqual([
      0, 50, 12012, 12552, 19641, 20000,
    ])
    expect([137, 138, 169, 212, 213].map((x) => co2GridAmount(grid('2020-WLTP'), x))).toEqual([
      0, 50, 2049, 19641, 20000,
    ])
  })

  it('2021 WLTP: starts at 133 g; 192:10 488, 193:10 980, 194:11 488, 195:12 012; 30 000 from 219 g', () => {
    const g = grid('2021-WLTP')
    expect([132, 133, 185, 192, 193, 194, 195, 218, 219].map((x) => co2GridAmount(g, x))).toEqual([
      0, 50, 7462, 10488, 10980, 11488, 12012, 29070, 30000,
    ])
  })

  it('2022 WLTP: starts at 128 g; 140 g = 310, 160 g = 2 205, 200 g = 18 188; 40 000 from 224 g', () => {
    const g = grid('2022-WLTP')
    expect([127, 128, 140, 160, 200, 223, 224].map((x) => co2GridAmount(g, x))).toEqual([
      0, 50, 310, 2205, 18188, 39964, 40000,
    ])
    expect(g.capHalfPriceTtc).toBe(true)
  })

  it('2023 WLTP: starts at 123 g; 225 g = 49 047; 50 000 above 225 g', () => {
    const g = grid('2023-WLTP')
    expect([122, 123, 148, 225, 226].map((x) => co2GridAmount(g, x))).toEqual([0, 50, 1276, 49047, 50000])
  })

  it('2024 WLTP: starts at 118 g; 193 g = 55 023; 60 000 above 193 g', () => {
    const g = grid('2024-WLTP')
    expect([117, 118, 130, 141, 167, 193, 194, 195].map((x) => co2GridAmount(g, x))).toEqual([
      0, 50, 310, 1074, 6537, 55023, 60000, 60000,
    ])
  })

  it('2025 and 2026 WLTP as in docs/import-rules.md', () => {
    expect([112, 113, 148, 162, 192, 193].map((x) => co2GridAmount(grid('2025-WLTP'), x))).toEqual([
      0, 50, 2726, 6637, 67467, 70000,
    ])
    expect([107, 108, 143, 191, 192].map((x) => co2GridAmount(grid('2026-WLTP'), x))).toEqual([
      0, 50, 2726, 79911, 80000,
    ])
  })

  it('BOFiP: 7 462 € (2021 grid, 185 g) reduced by 28 % = 5 373 €', () => {
    expect(reduceByPercent(co2GridAmount(grid('2021-WLTP'), 185), 28)).toBe(5373)
  })

  it('chooses the grid of the date: Jan–Feb 2025 use the 2024 grid, March 2020 switches to WLTP', () => {
    const grids = importRulesFr.co2Grids
    expect(inForce(grids, '2025-02-28')?.id).toBe('2024-WLTP')
    expect(inForce(grids, '2025-03-01')?.id).toBe('2025-WLTP')
    const feb2020 = selectCo2Grid(grids, '2020-02-10', { wltp: 150, nedc: 120 }, 'firstRegistration')
    expect('grid' in feb2020 && feb2020.grid.id).toBe('2020-NEDC')
    const mar2020 = selectCo2Grid(grids, '2020-03-10', { wltp: 150, nedc: 120 }, 'firstRegistration')
    expect('grid' in mar2020 && mar2020.grid.id).toBe('2020-WLTP')
  })

  it('refuses rather than guesses: no grid before 2008, or no value for the grid cycle', () => {
    expect(selectCo2Grid(importRulesFr.co2Grids, '2007-06-01', { wltp: 150 }, 'firstRegistration')).toEqual({
      ok: false,
      field: 'firstRegistrationDate',
      reason: 'No CO2 grid for first registration year 2007 in import-rules.',
      reasonFr: 'Aucune grille de malus CO2 pour l’année de première immatriculation 2007 dans les règles d’import.',
    })
    expect(selectCo2Grid(importRulesFr.co2Grids, '2016-06-01', { wltp: 150 }, 'firstRegistration')).toMatchObject({
      ok: false,
      field: 'co2NedcGKm',
    })
    expect(selectCo2Grid(importRulesFr.co2Grids, '2019-06-01', { wltp: 150 }, 'firstRegistration')).toMatchObject({
      ok: false,
      field: 'co2NedcGKm',
    })
  })
})
