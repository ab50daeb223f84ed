import { describe, expect, it } from 'vitest'

import { ok, lineOf } from '../helpers/landedCost'
import type { ImportRules } from '../../src/domain/importRules'
import { computeLandedCost, type LandedCostInput, type LandedCostLine } from '../../src/domain/landedCost'
import { importRulesFr } from '../../src/seed/data/importRulesFr'

const rules = importRulesFr

/** code → amount in cents, in line order. */
function amounts(lines: LandedCostLine[]): [string, number][] {
  return lines.map((line) => [line.code, line.amount])
}

/** French texts with their no-break spaces (before € and %, between thousands) read as plain spaces. */
function spaced(text: string): string {
  return text.replace(/[\u00a0\u202f]/g, ' ')
}

function withSettings(patch: Partial<ImportRules['settings'][number]>): ImportRules {
  return { ...rules, settings: rules.settings.map((row) => ({ ...row, ...patch })) }
}

// (a) A 2021 German diesel bought from a dealer, registered in Île-de-France on 2026-11-25.
//   Price €24 990.00 (German VAT included, no French VAT: used car from an EU dealer); transport €900.00.
//   Age 15/06/2021 → 25/11/2026: 65 whole months + a started one = 66 months → band 61–72 → −43 %.
//   CO2: 2021 WLTP grid, 148 g → €400; 400 × 57 % = 228.00 → €228.
//   Weight: first registered before 2022 → none.
//   Regional tax: (54.95 + IDFM 14.00) × 8 CV = €551.60 (5 years old: not halved).
//   Y.4 €11.00, Y.5 €2.76.
//   Total = 24 990 + 900 + 228 + 551.60 + 11 + 2.76 = €26 683.36.
const germanDiesel: LandedCostInput = {
  vehiclePrice: 2_499_000,
  sellerType: 'dealer',
  originCountry: 'DE',
  inEuFreeCirculation: true,
  destination: { country: 'FR', region: 'IDF' },
  firstRegistrationDate: '2021-06-15',
  registrationDate: '2026-11-25',
  mileageKm: 62_000,
  co2GKm: 148,
  massKg: 1650,
  fiscalHp: 8,
  energy: 'diesel',
  make: 'Volkswagen',
  hasCoc: true,
  services: { transport: { amount: 90_000, vatIncluded: true } },
}

describe('(a) used EU car from a dealer', () => {
  it('is priced to the cent', () => {
    const result = ok(computeLandedCost(germanDiesel, rules))
    expect(amounts(result.lines)).toEqual([
      ['vehicle', 2_499_000],
      ['transport', 90_000],
      ['co2_malus', 22_800],
      ['weight_malus', 0],
      ['regional_tax', 55_160],
      ['y4', 1_100],
      ['y5', 276],
    ])
    expect(result.total).toBe(2_668_336)
    expect(result.basis).toMatchObject({
      ageMonths: 66,
      reductionPercent: 43,
      vatRegime: 'eu_used_dealer',
      co2GridId: '2021-WLTP',
    })
    expect(lineOf(result.lines, 'co2_malus')).toMatchObject({
      rule: 'CO2 malus grid 2021 WLTP, 148 g → €400, age 66 months → −43 % = €228',
      tableYear: 2021,
      validFrom: '2021-01-01',
      labelFr: 'Malus CO2',
    })
    expect(lineOf(result.lines, 'regional_tax').rule).toContain('Île-de-France €54.95 + IDFM €14.00 per CV × 8 CV')
    expect(lineOf(result.lines, 'transport').vatIncluded).toBe(true)
    expect(result.registrationCheck).toMatchObject({ cocAvailable: true, rtiRequired: false, newVehicleVat: false })
  })

  it('explains the CO2 malus, its age reduction and the regional tax in French', () => {
    const result = ok(computeLandedCost(germanDiesel, rules))
    expect(spaced(lineOf(result.lines, 'co2_malus').ruleFr)).toBe(
      'Malus CO2, grille 2021 WLTP, 148 g → 400 €, âge 66 mois → −43 % = 228 €',
    )
    expect(spaced(lineOf(result.lines, 'regional_tax').ruleFr)).toBe(
      'Île-de-France 54,95 € + IDFM 14,00 € par CV × 8 CV = 551,60 €',
    )
    expect(spaced(lineOf(result.lines, 'vehicle').ruleFr)).toBe('Prix payé au vendeur (professionnel)')
    expect(spaced(lineOf(result.lines, 'y4').ruleFr)).toBe('Montant forfaitaire 11,00 €')
    expect(spaced(lineOf(result.lines, 'transport').ruleFr)).toBe('Coût de la prestation, tel que chiffré')
    expect(result.warnings).toEqual([])
  })

  it('writes French amounts the French way: no-break spaces, decimal comma, € after the amount', () => {
    const result = ok(computeLandedCost(germanDiesel, withSettings({ gridYearReading: 'currentYear' })))
    const co2 = lineOf(result.lines, 'co2_malus').ruleFr
    expect(co2).toContain('→ 3\u202f784\u00a0€')
    expect(co2).toContain('−43\u00a0%')
    expect(co2).toContain('(lecture : grille de l’année en cours)')
    expect(lineOf(result.lines, 'regional_tax').ruleFr).toContain('= 551,60\u00a0€')
    // English keeps its own form.
    expect(lineOf(result.lines, 'co2_malus').rule).toContain('→ €3 784')
  })

  it('says in French when the regional tax is rounded or the IDF surcharge is flat', () => {
    const flat = ok(computeLandedCost(germanDiesel, withSettings({ idfMajorationReading: 'flat' })))
    expect(spaced(lineOf(flat.lines, 'regional_tax').ruleFr)).toBe(
      'Île-de-France 54,95 € par CV × 8 CV + forfait IDFM 14,00 € = 453,60 €',
    )
    const ry6 = ok(computeLandedCost(germanDiesel, withSettings({ regionalTaxRounding: 'R-Y6' })))
    expect(spaced(lineOf(ry6.lines, 'regional_tax').ruleFr)).toBe(
      'Île-de-France 54,95 € + IDFM 14,00 € par CV × 8 CV, arrondi à l’euro (lecture R-Y6) = 552,00 €',
    )
  })

  // AR-GRID (current-year grid): 2026 grid, 148 g → €3 784; × 57 % = 2 156.88 → €2 157.
  //   Total = 26 683.36 − 228 + 2 157 = €28 612.36.
  it('follows the current-year reading when the setting says so', () => {
    const result = ok(computeLandedCost(germanDiesel, withSettings({ gridYearReading: 'currentYear' })))
    expect(lineOf(result.lines, 'co2_malus').amount).toBe(215_700)
    expect(result.total).toBe(2_861_236)
  })

  // Flat IDF reading: 54.95 × 8 = 439.60 + 14.00 = €453.60 → total €26 585.36.
  // R-Y6 reading: 551.60 rounded to €552 → total €26 683.76.
  it('follows the IDF and rounding readings', () => {
    const flat = ok(computeLandedCost(germanDiesel, withSettings({ idfMajorationReading: 'flat' })))
    expect(lineOf(flat.lines, 'regional_tax').amount).toBe(45_360)
    expect(flat.total).toBe(2_658_536)
    const ry6 = ok(computeLandedCost(germanDiesel, withSettings({ regionalTaxRounding: 'R-Y6' })))
    expect(lineOf(ry6.lines, 'regional_tax').amount).toBe(55_200)
    expect(ry6.total).toBe(2_668_376)
  })

  // Registered before 1 Mar 2026 the IDFM majoration is not yet due: 54.95 × 8 = €439.60.
  it('reads the regional rate on the registration date', () => {
    const result = ok(computeLandedCost({ ...germanDiesel, registrationDate: '2026-02-20' }, rules))
    expect(lineOf(result.lines, 'regional_tax').amount).toBe(43_960)
  })
})

// (b) A 2024 Japanese hybrid with an EU COC, shipped to Le Havre, registered in Auvergne-Rhône-Alpes on 2026-06-15.
//   Customs value = 30 000 + freight 1 800 + insurance 150 = €31 950.00.
//   With the statement on origin (EU–Japan EPA, 0 % from 2026-02-01): duty €0.00;
//     import VAT = 20 % × (31 950 + 0 + delivery in France 400) = 20 % × 32 350 = €6 470.00.
//   Without it: duty 10 % × 31 950 = €3 195.00; VAT = 20 % × (31 950 + 3 195 + 400) = 20 % × 35 545 = €7 109.00.
//   Age 10/05/2024 → 15/06/2026 = 26 months → −28 %. CO2: 2024 grid, 130 g → €310 × 72 % = 223.20 → €223.
//   Weight: 2024 bands, 1 480 kg is below 1 600 kg → €0 (the 100 kg hybrid allowance dates from 2025).
//   Regional tax: 43.00 × 7 CV = €301.00. Broker €600 (VAT included). Y.4 + Y.5 = €13.76.
//   Total with statement = 30 000 + 1 800 + 150 + 400 + 600 + 0 + 6 470 + 223 + 301 + 13.76 = €39 957.76.
//   Total without = 39 957.76 + 3 195 + 639 = €43 791.76.
const japaneseHybrid: LandedCostInput = {
  vehiclePrice: 3_000_000,
  sellerType: 'dealer',
  originCountry: 'JP',
  inEuFreeCirculation: false,
  destination: { country: 'FR', region: 'ARA' },
  firstRegistrationDate: '2024-05-10',
  registrationDate: '2026-06-15',
  mileageKm: 18_000,
  co2GKm: 130,
  massKg: 1480,
  fiscalHp: 7,
  energy: 'hybrid',
  make: 'Toyota',
  hasCoc: true,
  originStatement: true,
  services: {
    transport: { amount: 180_000, vatIncluded: false },
    insurance: { amount: 15_000, vatIncluded: false },
    inlandTransport: { amount: 40_000, vatIncluded: false },
    broker: { amount: 60_000, vatIncluded: true },
  },
}

describe('(b) non-EU car with a COC: Japan origin', () => {
  it('pays no duty with a statement on origin after 2026-02-01', () => {
    const result = ok(computeLandedCost(japaneseHybrid, rules))
    expect(amounts(result.lines)).toEqual([
      ['vehicle', 3_000_000],
      ['transport', 180_000],
      ['insurance', 15_000],
      ['inland_transport', 40_000],
      ['broker', 60_000],
      ['customs_duty', 0],
      ['import_vat', 647_000],
      ['co2_malus', 22_300],
      ['weight_malus', 0],
      ['regional_tax', 30_100],
      ['y4', 1_100],
      ['y5', 276],
    ])
    expect(result.total).toBe(3_995_776)
    expect(result.basis).toMatchObject({ customsValue: 3_195_000, importVatBase: 3_235_000, vatRegime: 'import' })
    expect(lineOf(result.lines, 'customs_duty').rule).toContain('EU–Japan EPA')
    expect(result.warnings).toEqual([])
    expect(spaced(lineOf(result.lines, 'customs_duty').ruleFr)).toBe(
      'Accord de partenariat économique UE–Japon, origine Japon prouvée : 0 % de la valeur en douane de 31 950,00 €',
    )
    expect(spaced(lineOf(result.lines, 'import_vat').ruleFr)).toBe(
      '20 % × (valeur en douane 31 950,00 € + droits 0,00 € + acheminement en France 400,00 €) = 20 % × 32 350,00 €',
    )
  })

  it('pays 10 % without it', () => {
    const result = ok(computeLandedCost({ ...japaneseHybrid, originStatement: false }, rules))
    expect(lineOf(result.lines, 'customs_duty').amount).toBe(319_500)
    expect(lineOf(result.lines, 'import_vat').amount).toBe(710_900)
    expect(result.total).toBe(4_379_176)
    expect(lineOf(result.lines, 'customs_duty').rule).toBe(
      'Tariff 8703, no proof of JP origin: 10 % of the customs value €31 950.00',
    )
    expect(spaced(lineOf(result.lines, 'customs_duty').ruleFr)).toBe(
      'Position tarifaire 8703, origine Japon non prouvée : 10 % de la valeur en douane de 31 950,00 €',
    )
  })

  it('warns in both languages when freight is priced with VAT', () => {
    const services = { ...japaneseHybrid.services, transport: { amount: 180_000, vatIncluded: true } }
    const result = ok(computeLandedCost({ ...japaneseHybrid, services }, rules))
    expect(result.warnings).toHaveLength(1)
    expect(result.warnings[0]).toMatchObject({
      code: 'freightWithoutVat',
      en: 'Freight to the first place of delivery is in the import VAT base and is normally invoiced without VAT.',
    })
    expect(result.warnings[0].fr).toBe(
      'Le transport jusqu’au premier lieu de livraison entre dans la base de la TVA à l’importation ' +
        'et se facture normalement hors TVA.',
    )
  })

  it('pays 10 % before the EPA reaches 0 % on 2026-02-01, even with the statement', () => {
    const result = ok(computeLandedCost({ ...japaneseHybrid, registrationDate: '2026-01-20' }, rules))
    expect(lineOf(result.lines, 'customs_duty').amount).toBe(319_500)
  })

  it('flags an RTI line and its risk when the car has no COC', () => {
    const result = ok(
      computeLandedCost(
        { ...japaneseHybrid, hasCoc: false, services: { ...japaneseHybrid.services, rti: { amount: 250_000 } } },
        rules,
      ),
    )
    expect(lineOf(result.lines, 'rti').amount).toBe(250_000)
    expect(result.registrationCheck).toMatchObject({ cocAvailable: false, rtiRequired: true, rtiRisk: true })
    expect(result.registrationCheck.notes.map((n) => n.code)).toEqual(['rti', 'customs'])
    expect(lineOf(result.lines, 'rti').ruleFr).toBe(
      'Pas de certificat de conformité européen : réception à titre isolé (RTI) auprès de la DREAL, sans garantie de résultat',
    )
  })

  it('warns in French when an RTI is priced for a car that has a COC', () => {
    const services = { ...japaneseHybrid.services, rti: { amount: 250_000 } }
    const result = ok(computeLandedCost({ ...japaneseHybrid, services }, rules))
    expect(result.lines.some((l) => l.code === 'rti')).toBe(false)
    expect(result.warnings).toEqual([
      {
        code: 'rtiNotNeeded',
        en: 'RTI cost left out: the car has an EU certificate of conformity.',
        fr: 'Coût de la RTI non retenu : le véhicule a un certificat de conformité européen.',
      },
    ])
  })
})

// A 2019 US car with its proof of origin, registered after Reg. (EU) 2026/1455 took effect (2026-07-01).
describe('United States origin', () => {
  const american: LandedCostInput = {
    ...japaneseHybrid,
    originCountry: 'US',
    firstRegistrationDate: '2024-05-10',
    registrationDate: '2026-07-15',
  }

  it('pays no duty with a proof of origin, 10 % without, and says so in French', () => {
    const proven = ok(computeLandedCost(american, rules))
    expect(lineOf(proven.lines, 'customs_duty').amount).toBe(0)
    expect(spaced(lineOf(proven.lines, 'customs_duty').ruleFr)).toBe(
      'Règlement (UE) 2026/1455, origine États-Unis prouvée : 0 % de la valeur en douane de 31 950,00 €',
    )
    const unproven = ok(computeLandedCost({ ...american, originStatement: false }, rules))
    expect(lineOf(unproven.lines, 'customs_duty').amount).toBe(319_500)
    expect(spaced(lineOf(unproven.lines, 'customs_duty').ruleFr)).toBe(
      'Position tarifaire 8703, origine États-Unis non prouvée : 10 % de la valeur en douane de 31 950,00 €',
    )
  })
})

// The Japanese hybrid of (b) from the United Kingdom and from Switzerland, with its proof of origin:
// no duty under the agreement, which French rule texts name in French and English ones in English.
describe('agreements named in the reader’s language', () => {
  for (const [origin, country, english, french] of [
    ['GB', 'Royaume-Uni', 'EU–UK TCA', 'Accord de commerce et de coopération UE–Royaume-Uni'],
    ['CH', 'Suisse', 'EU–Switzerland FTA', 'Accord de libre-échange UE–Suisse'],
  ] as const) {
    it(`${origin}: ${french}`, () => {
      const duty = lineOf(
        ok(computeLandedCost({ ...japaneseHybrid, originCountry: origin }, rules)).lines,
        'customs_duty',
      )
      expect(duty.amount).toBe(0)
      expect(spaced(duty.ruleFr)).toBe(
        `${french}, origine ${country} prouvée : 0 % de la valeur en douane de 31 950,00 €`,
      )
      expect(duty.rule).toBe(`${english}, ${origin} origin with proof of origin: 0 % of the customs value €31 950.00`)
      expect(duty.ruleFr).not.toMatch(/EU|Agreement|FTA|TCA|EPA/)
    })
  }
})

// (c) A 1990 collector car from the United States, registered in Occitanie on 2026-05-20.
//   36 full years old → heading 9705: duty 0 %, import VAT 5.5 %.
//   Customs value = 35 000 + 2 000 + 300 = €37 300.00; VAT = 5.5 % × (37 300 + 0 + 500) = 5.5 % × 37 800 = €2 079.00.
//   Age 01/04/1990 → 20/05/2026 = 434 months ≥ 181 → −100 %: no malus (no grid needed); no weight malus before 2022.
//   Regional tax: 59.50 × 14 CV = 833.00, over 10 years old → 50 % = €416.50.
//   No COC but a collector: no RTI. Roadworthiness test €90.
//   Total = 35 000 + 2 000 + 300 + 500 + 90 + 0 + 2 079 + 416.50 + 11 + 2.76 = €40 399.26.
const collector: LandedCostInput = {
  vehiclePrice: 3_500_000,
  sellerType: 'dealer',
  originCountry: 'US',
  inEuFreeCirculation: false,
  destination: { country: 'FR', region: 'OCC' },
  firstRegistrationDate: '1990-04-01',
  registrationDate: '2026-05-20',
  mileageKm: 98_000,
  fiscalHp: 14,
  energy: 'petrol',
  make: 'Mercedes-Benz',
  hasCoc: false,
  services: {
    transport: { amount: 200_000, vatIncluded: false },
    insurance: { amount: 30_000, vatIncluded: false },
    inlandTransport: { amount: 50_000, vatIncluded: false },
    technicalInspection: { amount: 9_000, vatIncluded: true },
  },
}

describe('(c) collector car, 30 years or more', () => {
  it('pays no duty and 5.5 % VAT, and no malus', () => {
    const result = ok(computeLandedCost(collector, rules))
    expect(amounts(result.lines)).toEqual([
      ['vehicle', 3_500_000],
      ['transport', 200_000],
      ['insurance', 30_000],
      ['inland_transport', 50_000],
      ['technical_inspection', 9_000],
      ['customs_duty', 0],
      ['import_vat', 207_900],
      ['co2_malus', 0],
      ['weight_malus', 0],
      ['regional_tax', 41_650],
      ['y4', 1_100],
      ['y5', 276],
    ])
    expect(result.total).toBe(4_039_926)
    expect(lineOf(result.lines, 'customs_duty').rule).toContain('heading 9705')
    expect(lineOf(result.lines, 'import_vat').rule).toContain('5.5 % (collector car)')
    expect(result.registrationCheck).toMatchObject({ collectorEligible: true, rtiRequired: false, ageMonths: 434 })
  })

  it('explains the collector duty, VAT, malus and regional tax in French', () => {
    const result = ok(computeLandedCost(collector, rules))
    expect(spaced(lineOf(result.lines, 'customs_duty').ruleFr)).toBe(
      'Véhicule de collection, position 9705 : 0 % de la valeur en douane de 37 300,00 €',
    )
    expect(spaced(lineOf(result.lines, 'import_vat').ruleFr)).toContain(
      '5,5 % (véhicule de collection) × (valeur en douane',
    )
    expect(spaced(lineOf(result.lines, 'co2_malus').ruleFr)).toBe('Âge 434 mois → −100 % : rien à payer')
    expect(spaced(lineOf(result.lines, 'weight_malus').ruleFr)).toBe(
      'Première immatriculation avant le 01/01/2022 : pas de malus au poids',
    )
    expect(spaced(lineOf(result.lines, 'regional_tax').ruleFr)).toBe(
      'Occitanie 59,50 € par CV × 14 CV, plus de 10 ans : 50 % dus = 416,50 €',
    )
  })

  it('is an ordinary import when staff say it is not a collector piece', () => {
    const result = computeLandedCost({ ...collector, isCollector: false }, rules)
    // Then the malus needs a 1990 grid, which import-rules does not hold … but the age reduction is 100 %.
    const priced = ok(result)
    expect(lineOf(priced.lines, 'customs_duty').amount).toBe(373_000)
    expect(lineOf(priced.lines, 'co2_malus').amount).toBe(0)
    expect(priced.registrationCheck.rtiRequired).toBe(true)
  })
})

// (d) A new car from a Belgian dealer: first registered 2026-08-01, 3 200 km, registered in Bretagne on 2026-11-25.
//   New means of transport (≤ 6 months): French VAT 20 % × €42 000.00 (price excl. VAT) = €8 400.00.
//   Age 4 started months → −6 %. CO2: 2026 grid, 135 g → €1 504 × 94 % = 1 413.76 → €1 414.
//   Weight: 2026 bands, 1 720 kg → 200×10 + 21×15 = €2 315 × 94 % = 2 176.10 → €2 176
//     (cap 80 000 × 94 % = 75 200 − 1 414 leaves room).
//   Regional tax: 60.00 × 9 CV = €540.00. Transport €700.
//   Total = 42 000 + 700 + 8 400 + 1 414 + 2 176 + 540 + 11 + 2.76 = €55 243.76.
const newBelgian: LandedCostInput = {
  vehiclePrice: 4_200_000,
  sellerType: 'dealer',
  originCountry: 'BE',
  inEuFreeCirculation: true,
  destination: { country: 'FR', region: 'BRE' },
  firstRegistrationDate: '2026-08-01',
  registrationDate: '2026-11-25',
  mileageKm: 3_200,
  co2GKm: 135,
  massKg: 1720,
  fiscalHp: 9,
  energy: 'petrol',
  make: 'Peugeot',
  hasCoc: true,
  services: { transport: { amount: 70_000, vatIncluded: true } },
}

describe('(d) new EU car', () => {
  it('pays French VAT in France', () => {
    const result = ok(computeLandedCost(newBelgian, rules))
    expect(amounts(result.lines)).toEqual([
      ['vehicle', 4_200_000],
      ['transport', 70_000],
      ['vat_new_vehicle', 840_000],
      ['co2_malus', 141_400],
      ['weight_malus', 217_600],
      ['regional_tax', 54_000],
      ['y4', 1_100],
      ['y5', 276],
    ])
    expect(result.total).toBe(5_524_376)
    expect(lineOf(result.lines, 'weight_malus').rule).toBe(
      'Weight malus grid 2026, 1720 kg: 200×€10 + 21×€15 = €2 315, age 4 months → −6 % = €2 176',
    )
    expect(result.registrationCheck.newVehicleVat).toBe(true)
  })

  it('explains the French VAT of a new vehicle and both maluses in French', () => {
    const result = ok(computeLandedCost(newBelgian, rules))
    expect(spaced(lineOf(result.lines, 'vat_new_vehicle').ruleFr)).toBe(
      'Moyen de transport neuf acquis dans l’UE (6 mois ou moins, ou 6 000 km ou moins) : ' +
        'TVA française 20 % sur le prix hors TVA de 42 000,00 €',
    )
    expect(lineOf(result.lines, 'vat_new_vehicle').ruleFr).toContain('42\u202f000,00\u00a0€')
    expect(spaced(lineOf(result.lines, 'co2_malus').ruleFr)).toBe(
      'Malus CO2, grille 2026 WLTP, 135 g → 1 504 €, âge 4 mois → −6 % = 1 414 €',
    )
    expect(spaced(lineOf(result.lines, 'weight_malus').ruleFr)).toBe(
      'Malus au poids, barème 2026, 1 720 kg : 200 kg × 10 € + 21 kg × 15 € = 2 315 €, âge 4 mois → −6 % = 2 176 €',
    )
  })

  it('is still new at 8 months under 6 000 km, and used at 7 months over 6 000 km', () => {
    const eightMonths = ok(computeLandedCost({ ...newBelgian, firstRegistrationDate: '2026-03-20' }, rules))
    expect(eightMonths.basis.vatRegime).toBe('eu_new_vehicle')
    const used = ok(computeLandedCost({ ...newBelgian, firstRegistrationDate: '2026-04-20', mileageKm: 7_000 }, rules))
    expect(used.basis.vatRegime).toBe('eu_used_dealer')
    expect(used.lines.some((l) => l.code === 'vat_new_vehicle')).toBe(false)
  })

  // Never registered: no age reduction; 2026 grid at 191 g → €79 911; 2 400 kg → 2 000 + 1 500 + 2 000 + 2 500
  //   + 401×30 = €20 030, capped so that both stay within €80 000 → €89.
  it('caps both maluses at the top of the CO2 grid', () => {
    const result = ok(
      computeLandedCost(
        {
          ...newBelgian,
          firstRegistrationDate: null,
          mileageKm: 15,
          co2GKm: 191,
          massKg: 2400,
          registrationDate: '2026-06-01',
        },
        rules,
      ),
    )
    expect(lineOf(result.lines, 'co2_malus').amount).toBe(7_991_100)
    expect(lineOf(result.lines, 'weight_malus').amount).toBe(8_900)
    expect(lineOf(result.lines, 'weight_malus').rule).toContain('capped')
    expect(spaced(lineOf(result.lines, 'weight_malus').ruleFr)).toContain(
      'jamais immatriculé, sans abattement pour l’âge = 20 030 €, plafonné pour que les deux malus restent sous le maximum de la grille 2026 = 89 €',
    )
  })
})

// (e) A 2023 Tesla (EV) from a German dealer, registered on 2026-03-15.
//   No CO2 malus, no weight malus (EVs are exempt).
//   Hauts-de-France charges EVs nothing until 2026-03-31: regional tax €0.00.
//   Total = 28 500 + 800 + 0 + 0 + 0 + 11 + 2.76 = €29 313.76.
//   In Auvergne-Rhône-Alpes (full rate): 43.00 × 4 CV = €172.00 → €29 485.76.
//   In Hauts-de-France from 2026-04-01 (S21: exemption ends, 43.00): €172.00 as well.
const tesla: LandedCostInput = {
  vehiclePrice: 2_850_000,
  sellerType: 'dealer',
  originCountry: 'DE',
  inEuFreeCirculation: true,
  destination: { country: 'FR', region: 'HDF' },
  firstRegistrationDate: '2023-03-20',
  registrationDate: '2026-03-15',
  mileageKm: 40_000,
  co2GKm: 0,
  massKg: 1850,
  fiscalHp: 4,
  energy: 'electric',
  make: 'Tesla',
  hasCoc: true,
  services: { transport: { amount: 80_000, vatIncluded: true } },
}

describe('(e) electric car', () => {
  it('pays no malus and no regional tax in Hauts-de-France', () => {
    const result = ok(computeLandedCost(tesla, rules))
    expect(amounts(result.lines)).toEqual([
      ['vehicle', 2_850_000],
      ['transport', 80_000],
      ['co2_malus', 0],
      ['weight_malus', 0],
      ['regional_tax', 0],
      ['y4', 1_100],
      ['y5', 276],
    ])
    expect(result.total).toBe(2_931_376)
    expect(lineOf(result.lines, 'co2_malus').rule).toBe('Exempt: electric vehicle')
    expect(lineOf(result.lines, 'regional_tax').rule).toContain('EV: the region charges nothing')
    expect(lineOf(result.lines, 'co2_malus').ruleFr).toBe('Exonéré : véhicule électrique')
    expect(lineOf(result.lines, 'weight_malus').ruleFr).toBe('Exonéré : véhicule électrique')
    expect(spaced(lineOf(result.lines, 'regional_tax').ruleFr)).toBe(
      'Hauts-de-France 42,00 € par CV × 4 CV, VE : exonéré par la région = 0,00 €',
    )
  })

  it('pays the full regional rate where the region chose so, and in Hauts-de-France from April 2026', () => {
    const ara = ok(computeLandedCost({ ...tesla, destination: { country: 'FR', region: 'ARA' } }, rules))
    expect(lineOf(ara.lines, 'regional_tax').amount).toBe(17_200)
    expect(ara.total).toBe(2_948_576)
    const april = ok(computeLandedCost({ ...tesla, registrationDate: '2026-04-10' }, rules))
    expect(lineOf(april.lines, 'regional_tax').amount).toBe(17_200)
  })
})

// China BEV: a new BYD from China, registered in Pays de la Loire on 2026-09-10.
//   Customs value = 38 000 + 1 500 + 200 = €39 700.00.
//   Duty 10 % = €3 970.00; countervailing duty BYD 17.0 % = €6 749.00.
//   Import VAT = 20 % × (39 700 + 3 970 + 6 749 + 300) = 20 % × 50 719 = €10 143.80.
//   EV: no malus; regional tax 51.00 × 5 CV = €255.00 (full rate).
//   Total = 38 000 + 1 500 + 200 + 300 + 3 970 + 6 749 + 10 143.80 + 255 + 11 + 2.76 = €61 131.56.
//   An MG (SAIC, 35.3 %): 39 700 × 35.3 % = €14 014.10; VAT = 20 % × 57 984.10 = €11 596.82.
const byd: LandedCostInput = {
  vehiclePrice: 3_800_000,
  sellerType: 'dealer',
  originCountry: 'CN',
  inEuFreeCirculation: false,
  destination: { country: 'FR', region: 'PDL' },
  firstRegistrationDate: null,
  registrationDate: '2026-09-10',
  mileageKm: 10,
  co2GKm: 0,
  massKg: 2150,
  fiscalHp: 5,
  energy: 'electric',
  make: 'BYD',
  hasCoc: true,
  services: {
    transport: { amount: 150_000, vatIncluded: false },
    insurance: { amount: 20_000, vatIncluded: false },
    inlandTransport: { amount: 30_000, vatIncluded: false },
  },
}

describe('China battery-electric car', () => {
  it('adds the countervailing duty of its maker', () => {
    const result = ok(computeLandedCost(byd, rules))
    expect(amounts(result.lines)).toEqual([
      ['vehicle', 3_800_000],
      ['transport', 150_000],
      ['insurance', 20_000],
      ['inland_transport', 30_000],
      ['customs_duty', 397_000],
      ['countervailing_duty', 674_900],
      ['import_vat', 1_014_380],
      ['co2_malus', 0],
      ['weight_malus', 0],
      ['regional_tax', 25_500],
      ['y4', 1_100],
      ['y5', 276],
    ])
    expect(result.total).toBe(6_113_156)
    expect(spaced(lineOf(result.lines, 'customs_duty').ruleFr)).toBe(
      'Position tarifaire 8703 : 10 % de la valeur en douane de 39 700,00 €',
    )
    expect(spaced(lineOf(result.lines, 'countervailing_duty').ruleFr)).toBe(
      'Droit compensateur sur les VE chinois, BYD : 17 % de la valeur en douane de 39 700,00 €',
    )
  })

  it('uses the group rate of a brand (MG → SAIC) and the minimum-price exception', () => {
    const mg = ok(computeLandedCost({ ...byd, make: 'MG' }, rules))
    expect(lineOf(mg.lines, 'countervailing_duty').amount).toBe(1_401_410)
    expect(lineOf(mg.lines, 'import_vat').amount).toBe(1_159_682)
    expect(spaced(lineOf(mg.lines, 'countervailing_duty').ruleFr)).toContain('SAIC : 35,3 %')
    const undertaking = ok(computeLandedCost({ ...byd, minimumPriceUndertaking: true }, rules))
    expect(lineOf(undertaking.lines, 'countervailing_duty').amount).toBe(0)
    expect(spaced(lineOf(undertaking.lines, 'countervailing_duty').ruleFr)).toContain(
      'Droit compensateur sur les VE chinois remplacé par un engagement de prix minimum : 0 %',
    )
    const used = ok(computeLandedCost({ ...byd, firstRegistrationDate: '2025-11-02', mileageKm: 9_000 }, rules))
    expect(used.lines.some((l) => l.code === 'countervailing_duty')).toBe(false)
  })
})

describe('older cars and the rule of the registration date', () => {
  // 2019 first registration, NEDC 145 g → €1 101 (2019 grid); 7/2019 → 11/2026 = 89 months → −53 %:
  //   1 101 × 47 % = 517.47 → €517.
  it('uses the NEDC grid of 2019', () => {
    const result = ok(
      computeLandedCost({ ...germanDiesel, firstRegistrationDate: '2019-07-01', co2GKm: 168, co2NedcGKm: 145 }, rules),
    )
    expect(lineOf(result.lines, 'co2_malus')).toMatchObject({ amount: 51_700, tableYear: 2019 })
  })

  // Registered in France on 2025-01-15 (before 1 Mar 2025): −10 % per started year.
  //   13/02/2023 → 15/01/2025 = 24 months = 2 started years → −20 %.
  //   CO2: 2023 grid, 150 g → €1 504 × 80 % = 1 203.20 → €1 203.
  //   Weight: 2022–2023 grid, 1 900 kg → 100 kg above 1 800 × €10 = €1 000 × 80 % = €800.
  it('applies the older −10 % per started year before 1 March 2025', () => {
    const result = ok(
      computeLandedCost(
        {
          ...germanDiesel,
          destination: { country: 'FR', region: 'ARA' },
          firstRegistrationDate: '2023-02-13',
          registrationDate: '2025-01-15',
          co2GKm: 150,
          massKg: 1900,
        },
        rules,
      ),
    )
    expect(result.basis.reductionPercent).toBe(20)
    expect(lineOf(result.lines, 'co2_malus').amount).toBe(120_300)
    expect(lineOf(result.lines, 'weight_malus').amount).toBe(80_000)
  })

  // 2022 grid, 224 g → €40 000; 05/2022 → 11/2026 = 55 months → −38 % → €24 800, then the 2022 cap at
  //   50 % of the price incl. VAT (€20 000 → €10 000) → €10 000.
  it('keeps the 2022–2023 cap at half the price', () => {
    const result = ok(
      computeLandedCost(
        { ...germanDiesel, vehiclePrice: 2_000_000, firstRegistrationDate: '2022-05-01', co2GKm: 224, massKg: 1700 },
        rules,
      ),
    )
    expect(lineOf(result.lines, 'co2_malus').amount).toBe(1_000_000)
    expect(lineOf(result.lines, 'co2_malus').rule).toContain('50 % of the price')
    expect(spaced(lineOf(result.lines, 'co2_malus').ruleFr)).toBe(
      'Malus CO2, grille 2022 WLTP, 224 g → 40 000 €, âge 55 mois → −38 % = 24 800 €, plafonné à 50 % du prix TTC = 10 000 €',
    )
  })
})

describe('refusals', () => {
  // 2016 first registration: 126 months → −70 %, so a grid is needed; here import-rules lacks the 2016 one.
  it('refuses a first-registration year without a CO2 grid instead of guessing', () => {
    const without2016 = { ...rules, co2Grids: rules.co2Grids.filter((grid) => grid.year !== 2016) }
    expect(
      computeLandedCost({ ...germanDiesel, firstRegistrationDate: '2016-06-01', co2GKm: 150 }, without2016),
    ).toEqual({
      ok: false,
      field: 'firstRegistrationDate',
      reason: 'No CO2 grid for first registration year 2016 in import-rules.',
      reasonFr: 'Aucune grille de malus CO2 pour l’année de première immatriculation 2016 dans les règles d’import.',
    })
  })

  it('gives every refusal in French as well', () => {
    expect(computeLandedCost({ ...newBelgian, massKg: null }, rules)).toMatchObject({
      field: 'massKg',
      reasonFr: 'La masse en ordre de marche (kg) est nécessaire au calcul du malus au poids.',
    })
    expect(computeLandedCost({ ...germanDiesel, firstRegistrationDate: '2018-06-01' }, rules)).toMatchObject({
      field: 'co2NedcGKm',
      reasonFr: 'La grille CO2 2018 est en NEDC : il faut la valeur de CO2 NEDC du véhicule (g/km).',
    })
    expect(computeLandedCost({ ...germanDiesel, firstRegistrationDate: '2027-01-01' }, rules)).toMatchObject({
      reasonFr: 'La première immatriculation ne peut pas être postérieure à l’immatriculation française.',
    })
    expect(computeLandedCost({ ...germanDiesel, massKg: -1 }, rules)).toMatchObject({
      field: 'massKg',
      reason: 'massKg must be 0 or more.',
      reasonFr: 'La masse en ordre de marche (kg) doit valoir 0 ou plus.',
    })
    expect(computeLandedCost(germanDiesel, { ...rules, vat: [] })).toMatchObject({
      field: 'registrationDate',
      reasonFr: 'Aucun taux de TVA en vigueur le 25/11/2026.',
    })
  })

  it('refuses a missing NEDC value for an NEDC grid, a missing mass, a bad region or date order', () => {
    expect(computeLandedCost({ ...germanDiesel, firstRegistrationDate: '2018-06-01' }, rules)).toMatchObject({
      ok: false,
      field: 'co2NedcGKm',
    })
    expect(computeLandedCost({ ...newBelgian, massKg: null }, rules)).toMatchObject({ ok: false, field: 'massKg' })
    expect(
      computeLandedCost({ ...germanDiesel, destination: { country: 'FR', region: 'XXX' as 'IDF' } }, rules),
    ).toMatchObject({ ok: false, field: 'destination.region' })
    expect(computeLandedCost({ ...germanDiesel, firstRegistrationDate: '2027-01-01' }, rules)).toMatchObject({
      ok: false,
      field: 'firstRegistrationDate',
    })
    expect(computeLandedCost({ ...germanDiesel, vehiclePrice: 1999.5 }, rules)).toMatchObject({
      ok: false,
      field: 'vehiclePrice',
    })
  })

  it('refuses a registration in a year whose grid is not in import-rules yet', () => {
    expect(
      computeLandedCost({ ...newBelgian, firstRegistrationDate: null, registrationDate: '2027-01-15' }, rules),
    ).toMatchObject({ ok: false, field: 'firstRegistrationDate', reason: expect.stringContaining('2027') })
  })
})
