import type { RegionCode } from '../../src/domain/importRules'
import type { LandedCostLine } from '../../src/domain/landedCost'
import type { ServiceAmounts, VehicleFacts } from '../../src/domain/vehicleLandedCost'

/**
 * Hand-worked landed costs, each from docs/import-rules.md and the seed's sources (S…), with its working.
 * The unit spec prices them through `vehicleLandedCost`; the int spec through the vehicle page's data
 * path and the quote builder, from vehicles stored in the database. A row is
 * [code, cents, the day its rule took effect, its sources]; service lines have neither.
 */
export type Row = [code: string, amount: number, validFrom?: string, sourceIds?: string[]]

export interface LandedCase {
  name: string
  vehicle: VehicleFacts & { make: string; model: string; year: number }
  region: RegionCode
  registrationDate: string
  /** Only where it differs from the registration date. */
  clearanceDate?: string
  services: ServiceAmounts
  rows: Row[]
  y6: number
  total: number
}

export function rows(lines: LandedCostLine[]): Row[] {
  return lines.map((line) => [line.code, line.amount, line.validFrom, line.sourceIds])
}

const MONTHS = ['S4', 'S5', 'S13']
const Y4: Row = ['y4', 1_100, '2021-01-01', ['S24', 'S25']]
const Y5: Row = ['y5', 276, '2021-01-01', ['S25']]
const BEFORE_2022: Row = ['weight_malus', 0, '2022-01-01', ['S13', 'S27']]
const service = (code: string, amount: number): Row => [code, amount, undefined, []]

/** The same car without its proof of origin: other duty and VAT rows, same certificate taxes. */
function withoutOrigin(base: LandedCase, changed: Row[], total: number): LandedCase {
  const byCode = new Map(changed.map((row) => [row[0], row]))
  return {
    ...base,
    name: `${base.name} without it`,
    vehicle: { ...base.vehicle, originStatement: false },
    rows: base.rows.map((row) => byCode.get(row[0]) ?? row),
    total,
  }
}

// 1. Used car from a German dealer: a 2020 petrol hatchback registered in Bretagne on 2026-10-05.
//   Price €19 500.00 (German VAT included: used car from an EU dealer, no French VAT); transport €650.00.
//   Age 15/07/2020 → 05/10/2026: 74 whole months + a started one = 75 → band 73–84 → −48 %.
//   CO2: 2020 WLTP grid (first registrations from 01/03/2020), 160 g → €983; × 52 % = 511.16 → €511.
//   Weight: first registered before 2022 → none. Regional tax: Bretagne 60.00 × 7 CV = €420.00.
//   Y.6 = 511 + 0 + 420 + 11 + 2.76 = €944.76. Total = 19 500 + 650 + 944.76 = €21 094.76.
const euDealer: LandedCase = {
  name: '1. a used car from an EU dealer',
  vehicle: {
    price: { amount: 1_950_000 },
    sellerType: 'dealer',
    originCountry: 'DE',
    inEuFreeCirculation: true,
    firstRegistrationDate: '2020-07-15',
    mileageKm: 71_000,
    co2WltpGKm: 160,
    massKg: 1290,
    fiscalHp: 7,
    fuel: 'petrol',
    make: 'Peugeot',
    model: '208',
    year: 2020,
    hasCoc: true,
  },
  region: 'BRE',
  registrationDate: '2026-10-05',
  services: { transport: 65_000 },
  rows: [
    service('vehicle', 1_950_000),
    service('transport', 65_000),
    ['co2_malus', 51_100, '2020-03-01', ['S58', 'S56', ...MONTHS]],
    BEFORE_2022,
    ['regional_tax', 42_000, '2025-01-01', ['S48', 'S43']],
    Y4,
    Y5,
  ],
  y6: 94_476,
  total: 2_109_476,
}

// 2. "New" for VAT: first registered in Belgium on 2026-07-01, 4 500 km, registered in Centre-Val de Loire
//   on 2026-11-20 (5 months ≤ 6): French VAT 20 % × €36 000.00 (price excl. VAT) = €7 200.00.
//   Age 5 months → −6 %. CO2: 2026 grid, 118 g → €260 × 94 % = 244.40 → €244.
//   Weight: 2026 bands, 1 560 kg → 61 kg × €10 = €610 × 94 % = 573.40 → €573 (cap 80 000 × 94 % far off).
//   Regional tax 60.00 × 6 CV = €360.00. Transport €500.00.
//   Y.6 = 244 + 573 + 360 + 13.76 = €1 190.76. Total = 36 000 + 500 + 7 200 + 1 190.76 = €44 890.76.
const euNew: LandedCase = {
  name: '2. an EU car that is new for VAT',
  vehicle: {
    price: { amount: 3_600_000 },
    originCountry: 'BE',
    inEuFreeCirculation: true,
    firstRegistrationDate: '2026-07-01',
    mileageKm: 4_500,
    co2WltpGKm: 118,
    massKg: 1560,
    fiscalHp: 6,
    fuel: 'petrol',
    make: 'Volkswagen',
    model: 'T-Roc',
    year: 2026,
    hasCoc: true,
  },
  region: 'CVL',
  registrationDate: '2026-11-20',
  services: { transport: 50_000 },
  rows: [
    service('vehicle', 3_600_000),
    service('transport', 50_000),
    ['vat_new_vehicle', 720_000, '2014-01-01', ['S17', 'S18', 'S15']],
    ['co2_malus', 24_400, '2026-01-01', ['S2', 'S2b', ...MONTHS]],
    ['weight_malus', 57_300, '2026-01-01', ['S8', 'S65', ...MONTHS]],
    ['regional_tax', 36_000, '2025-01-01', ['S48']],
    Y4,
    Y5,
  ],
  y6: 119_076,
  total: 4_489_076,
}

// 3–4. A 2022 Japanese hybrid with an EU COC, registered in Auvergne-Rhône-Alpes on 2026-09-01.
//   Customs value = 23 000 + freight 1 700 + insurance 110 = €24 810.00.
//   With the statement on origin: EPA 0 %; import VAT = 20 % × (24 810 + 0 + port handling 180 + delivery
//   320) = 20 % × 25 310 = €5 062.00. Broker €350 (VAT included) outside the bases.
//   Age 15/11/2022 → 01/09/2026 = 46 months → −33 %. CO2: 2022 grid, 135 g → €210 × 67 % = 140.70 → €141
//   (under the 2022 cap of half the price incl. VAT). Weight: 2022–2023 grid starts above 1 800 kg → €0.
//   Regional tax 43.00 × 7 CV = €301.00. Y.6 = 141 + 0 + 301 + 13.76 = €455.76.
//   Total = 23 000 + 1 700 + 110 + 320 + 350 + 180 + 0 + 5 062 + 455.76 = €31 177.76.
//   Without the statement: duty 10 % × 24 810 = €2 481.00; VAT = 20 % × 27 791 = €5 558.20;
//   total = 31 177.76 + 2 481 + 496.20 = €34 154.96.
const japan: LandedCase = {
  name: '3. Japan with its statement on origin',
  vehicle: {
    price: { amount: 2_300_000 },
    originCountry: 'JP',
    firstRegistrationDate: '2022-11-15',
    mileageKm: 38_000,
    co2WltpGKm: 135,
    massKg: 1420,
    fiscalHp: 7,
    fuel: 'hybrid',
    make: 'Toyota',
    model: 'Corolla',
    year: 2022,
    hasCoc: true,
    originStatement: true,
  },
  region: 'ARA',
  registrationDate: '2026-09-01',
  services: { transport: 170_000, insurance: 11_000, inlandTransport: 32_000, broker: 35_000, portHandling: 18_000 },
  rows: [
    service('vehicle', 2_300_000),
    service('transport', 170_000),
    service('insurance', 11_000),
    service('port_handling', 18_000),
    service('inland_transport', 32_000),
    service('broker', 35_000),
    ['customs_duty', 0, '2026-02-01', ['S28', 'S29', 'S14']],
    ['import_vat', 506_200, '2014-01-01', ['S15']],
    ['co2_malus', 14_100, '2022-01-01', ['S60', 'S13', 'S62', 'S46', 'S4', 'S5']],
    ['weight_malus', 0, '2022-01-01', ['S46', 'S9', 'S65', ...MONTHS]],
    ['regional_tax', 30_100, '2025-01-01', ['S20', 'S48']],
    Y4,
    Y5,
  ],
  y6: 45_576,
  total: 3_117_776,
}

// 5–6. A 2021 American SUV with an EU COC, cleared on 2026-08-05 and registered in Occitanie on 2026-08-20.
//   Customs value = 38 000 + 2 100 + 180 = €40 280.00.
//   With proof of origin (Reg. (EU) 2026/1455, 0 % from 01/07/2026): duty €0;
//   VAT = 20 % × (40 280 + 450) = €8 146.00. Broker €400 outside the bases.
//   Age 10/04/2021 → 20/08/2026 = 65 months → −43 %. CO2: 2021 WLTP grid, 190 g → €9 550 × 57 % = 5 443.50
//   → €5 444. Weight: first registered before 2022. Regional tax 59.50 × 12 CV = €714.00.
//   Y.6 = 5 444 + 714 + 13.76 = €6 171.76. Total = 38 000 + 2 100 + 180 + 450 + 400 + 8 146 + 6 171.76 = €55 447.76.
//   Without: duty 10 % = €4 028.00; VAT = 20 % × 44 758 = €8 951.60; total = €60 281.36.
const unitedStates: LandedCase = {
  name: '5. United States with proof of origin',
  vehicle: {
    price: { amount: 3_800_000 },
    originCountry: 'US',
    firstRegistrationDate: '2021-04-10',
    mileageKm: 52_000,
    co2WltpGKm: 190,
    massKg: 2250,
    fiscalHp: 12,
    fuel: 'petrol',
    make: 'BMW',
    model: 'X5',
    year: 2021,
    hasCoc: true,
    originStatement: true,
  },
  region: 'OCC',
  clearanceDate: '2026-08-05',
  registrationDate: '2026-08-20',
  services: { transport: 210_000, insurance: 18_000, inlandTransport: 45_000, broker: 40_000 },
  rows: [
    service('vehicle', 3_800_000),
    service('transport', 210_000),
    service('insurance', 18_000),
    service('inland_transport', 45_000),
    service('broker', 40_000),
    ['customs_duty', 0, '2026-07-01', ['S31', 'S32']],
    ['import_vat', 814_600, '2014-01-01', ['S15']],
    ['co2_malus', 544_400, '2021-01-01', ['S10', 'S59', 'S60', ...MONTHS]],
    BEFORE_2022,
    ['regional_tax', 71_400, '2025-07-01', ['S42']],
    Y4,
    Y5,
  ],
  y6: 617_176,
  total: 5_544_776,
}

// 7–8. A 2024 British diesel with an EU COC, registered in Grand Est on 2026-10-12.
//   Customs value = 27 500 + 900 + 60 = €28 460.00. With the statement on origin (TCA): duty €0;
//   VAT = 20 % × (28 460 + 250) = €5 742.00.
//   Age 15/02/2024 → 12/10/2026 = 32 months → −28 %. CO2: 2024 grid, 152 g → €2 544 × 72 % = 1 831.68 → €1 832.
//   Weight: 2024–2025 bands, 1 720 kg → 121 kg × €10 = €1 210 × 72 % = 871.20 → €871.
//   Regional tax 60.00 × 8 CV = €480.00. Y.6 = 1 832 + 871 + 480 + 13.76 = €3 196.76.
//   Total = 27 500 + 900 + 60 + 250 + 5 742 + 3 196.76 = €37 648.76.
//   Without: duty 10 % = €2 846.00; VAT = 20 % × 31 556 = €6 311.20; total = €41 063.96.
const unitedKingdom: LandedCase = {
  name: '7. United Kingdom with a statement on origin',
  vehicle: {
    price: { amount: 2_750_000 },
    originCountry: 'GB',
    firstRegistrationDate: '2024-02-15',
    mileageKm: 24_000,
    co2WltpGKm: 152,
    massKg: 1720,
    fiscalHp: 8,
    fuel: 'diesel',
    make: 'Land Rover',
    model: 'Discovery Sport',
    year: 2024,
    hasCoc: true,
    originStatement: true,
  },
  region: 'GES',
  registrationDate: '2026-10-12',
  services: { transport: 90_000, insurance: 6_000, inlandTransport: 25_000 },
  rows: [
    service('vehicle', 2_750_000),
    service('transport', 90_000),
    service('insurance', 6_000),
    service('inland_transport', 25_000),
    ['customs_duty', 0, '2021-01-01', ['S73']],
    ['import_vat', 574_200, '2014-01-01', ['S15']],
    ['co2_malus', 183_200, '2024-01-01', ['S63', 'S64', 'S1', 'S6b', ...MONTHS]],
    ['weight_malus', 87_100, '2024-01-01', ['S9', 'S47', 'S65', ...MONTHS]],
    ['regional_tax', 48_000, '2025-02-01', ['S43']],
    Y4,
    Y5,
  ],
  y6: 319_676,
  total: 3_764_876,
}

// 9–10. A 2023 Swiss petrol car with an EU COC, registered in Pays de la Loire on 2026-09-15.
//   Customs value = 44 000 + 700 + 50 = €44 750.00. With proof of origin (1972 FTA): duty €0;
//   VAT = 20 % × (44 750 + 200) = €8 990.00.
//   Age 01/06/2023 → 15/09/2026 = 40 months → −33 %. CO2: 2023 grid, 175 g → €7 462 × 67 % = 4 999.54 → €5 000
//   (half the price incl. VAT, 26 400, is not reached). Weight: 2022–2023 grid above 1 800 kg → 1 780 kg €0.
//   Regional tax 51.00 × 11 CV = €561.00. Y.6 = 5 000 + 561 + 13.76 = €5 574.76.
//   Total = 44 000 + 700 + 50 + 200 + 8 990 + 5 574.76 = €59 514.76.
//   Without: duty 10 % = €4 475.00; VAT = 20 % × 49 425 = €9 885.00; total = €64 884.76.
const switzerland: LandedCase = {
  name: '9. Switzerland with proof of origin',
  vehicle: {
    price: { amount: 4_400_000 },
    originCountry: 'CH',
    firstRegistrationDate: '2023-06-01',
    mileageKm: 30_000,
    co2WltpGKm: 175,
    massKg: 1780,
    fiscalHp: 11,
    fuel: 'petrol',
    make: 'Audi',
    model: 'A6',
    year: 2023,
    hasCoc: true,
    originStatement: true,
  },
  region: 'PDL',
  registrationDate: '2026-09-15',
  services: { transport: 70_000, insurance: 5_000, inlandTransport: 20_000 },
  rows: [
    service('vehicle', 4_400_000),
    service('transport', 70_000),
    service('insurance', 5_000),
    service('inland_transport', 20_000),
    ['customs_duty', 0, '1973-01-01', ['S74']],
    ['import_vat', 899_000, '2014-01-01', ['S15']],
    ['co2_malus', 500_000, '2023-01-01', ['S61', 'S64', 'S62', ...MONTHS]],
    ['weight_malus', 0, '2022-01-01', ['S46', 'S9', 'S65', ...MONTHS]],
    ['regional_tax', 56_100, '2025-01-01', ['S20', 'S50']],
    Y4,
    Y5,
  ],
  y6: 557_476,
  total: 5_951_476,
}

// 11. A new MG (SAIC) battery-electric car from China, never registered, registered in Hauts-de-France on
//   2026-11-02. China has no preference: a statement on origin changes nothing.
//   Customs value = 24 000 + 1 300 + 100 = €25 400.00. Duty 10 % = €2 540.00; countervailing duty SAIC
//   35.3 % = €8 966.20. VAT = 20 % × (25 400 + 2 540 + 8 966.20 + port handling 150 + delivery 300)
//   = 20 % × 37 356.20 = €7 471.24. EV: no malus. Regional tax: 43.00 × 5 CV = €215.00, full rate for EVs
//   in Hauts-de-France since 01/04/2026. Y.6 = 215 + 13.76 = €228.76.
//   Total = 24 000 + 1 300 + 100 + 300 + 150 + 2 540 + 8 966.20 + 7 471.24 + 228.76 = €45 056.20.
const china: LandedCase = {
  name: '11. China, battery-electric, with a statement on origin',
  vehicle: {
    price: { amount: 2_400_000 },
    originCountry: 'CN',
    firstRegistrationDate: null,
    mileageKm: 12,
    co2WltpGKm: 0,
    massKg: 1685,
    fiscalHp: 5,
    fuel: 'electric',
    make: 'MG',
    model: 'MG4',
    year: 2026,
    hasCoc: true,
    originStatement: true,
  },
  region: 'HDF',
  registrationDate: '2026-11-02',
  services: { transport: 130_000, insurance: 10_000, inlandTransport: 30_000, portHandling: 15_000 },
  rows: [
    service('vehicle', 2_400_000),
    service('transport', 130_000),
    service('insurance', 10_000),
    service('port_handling', 15_000),
    service('inland_transport', 30_000),
    ['customs_duty', 254_000, '2000-01-01', ['S14']],
    ['countervailing_duty', 896_620, '2024-10-30', ['S44', 'S45']],
    ['import_vat', 747_124, '2014-01-01', ['S15']],
    ['co2_malus', 0, '2017-01-01', ['S63', 'S10']],
    ['weight_malus', 0, '2022-01-01', ['S9', 'S8', 'S38', 'S39']],
    ['regional_tax', 21_500, '2026-04-01', ['S21']],
    Y4,
    Y5,
  ],
  y6: 22_876,
  total: 4_505_620,
}

// 12. A 1992 American car without COC, eligible for the collector registration, registered in Normandie
//   on 2026-04-15. An RTI budget priced for it (€2 500) is left out: the collector registration replaces it.
//   33 full years: heading 9705, duty 0 %, VAT 5.5 % × (44 500 + 400) = €2 469.50.
//   407 months → −100 %: no CO2 malus; no weight malus before 2022.
//   Regional tax 60.00 × 11 CV = 660.00, over 10 years → €330.00.
//   Y.6 = 330 + 13.76 = €343.76. Total = 42 000 + 2 200 + 300 + 400 + 2 469.50 + 343.76 = €47 713.26.
const collector: LandedCase = {
  name: '12. a collector car',
  vehicle: {
    price: { amount: 4_200_000 },
    originCountry: 'US',
    firstRegistrationDate: '1992-06-10',
    mileageKm: 140_000,
    fiscalHp: 11,
    fuel: 'petrol',
    make: 'Chevrolet',
    model: 'Corvette',
    year: 1992,
    hasCoc: false,
  },
  region: 'NOR',
  registrationDate: '2026-04-15',
  services: { transport: 220_000, insurance: 30_000, inlandTransport: 40_000, rti: 250_000 },
  rows: [
    service('vehicle', 4_200_000),
    service('transport', 220_000),
    service('insurance', 30_000),
    service('inland_transport', 40_000),
    ['customs_duty', 0, '2000-01-01', ['S34', 'S35', 'S36']],
    ['import_vat', 246_950, '2014-01-01', ['S15', 'S34', 'S35', 'S36']],
    ['co2_malus', 0, '2025-03-01', MONTHS],
    BEFORE_2022,
    ['regional_tax', 33_000, '2025-01-01', ['S48', 'S24']],
    Y4,
    Y5,
  ],
  y6: 34_376,
  total: 4_771_326,
}

// 13. A 2025 Renault 5 (EV) bought from a Belgian private seller, registered in Auvergne-Rhône-Alpes on
//   2026-11-02: 19 months and 14 000 km, so used for VAT; a private seller charges none.
//   EV: no CO2 or weight malus. Regional tax 43.00 × 4 CV = €172.00 (full rate for EVs in the region
//   since 01/05/2025). Transport €450.00. Y.6 = 172 + 13.76 = €185.76. Total = 21 500 + 450 + 185.76 = €22 135.76.
const electric: LandedCase = {
  name: '13. an electric car',
  vehicle: {
    price: { amount: 2_150_000 },
    sellerType: 'private',
    originCountry: 'BE',
    inEuFreeCirculation: true,
    firstRegistrationDate: '2025-04-20',
    mileageKm: 14_000,
    co2WltpGKm: 0,
    massKg: 1520,
    fiscalHp: 4,
    fuel: 'electric',
    make: 'Renault',
    model: '5 E-Tech',
    year: 2025,
    hasCoc: true,
  },
  region: 'ARA',
  registrationDate: '2026-11-02',
  services: { transport: 45_000 },
  rows: [
    service('vehicle', 2_150_000),
    service('transport', 45_000),
    ['co2_malus', 0, '2017-01-01', ['S63', 'S10']],
    ['weight_malus', 0, '2022-01-01', ['S9', 'S8', 'S38', 'S39']],
    ['regional_tax', 17_200, '2025-05-01', ['S20', 'S48', 'S40', 'S41']],
    Y4,
    Y5,
  ],
  y6: 18_576,
  total: 2_213_576,
}

// 14. A car first registered before 2017: a 2013 Golf from a German dealer, registered in
//   Nouvelle-Aquitaine on 2026-06-10. Age 05/03/2013 → 10/06/2026 = 160 months → −88 %.
//   CO2: 2013 NEDC grid (CGI art. 1011 bis, S71), 158 g in the 156–175 g band → €1 500 × 12 % = €180.
//   Weight: before 2022. Regional tax 58.00 × 7 CV = 406.00, over 10 years → €203.00.
//   Y.6 = 180 + 203 + 13.76 = €396.76. Total = 9 800 + 600 + 396.76 = €10 796.76.
const before2017: LandedCase = {
  name: '14. a car first registered before 2017',
  vehicle: {
    price: { amount: 980_000 },
    originCountry: 'DE',
    inEuFreeCirculation: true,
    firstRegistrationDate: '2013-03-05',
    mileageKm: 160_000,
    co2NedcGKm: 158,
    massKg: 1300,
    fiscalHp: 7,
    fuel: 'diesel',
    make: 'Volkswagen',
    model: 'Golf',
    year: 2013,
    hasCoc: true,
  },
  region: 'NAQ',
  registrationDate: '2026-06-10',
  services: { transport: 60_000 },
  rows: [
    service('vehicle', 980_000),
    service('transport', 60_000),
    ['co2_malus', 18_000, '2013-01-01', ['S71', ...MONTHS]],
    BEFORE_2022,
    ['regional_tax', 20_300, '2026-03-01', ['S50', 'S24']],
    Y4,
    Y5,
  ],
  y6: 39_676,
  total: 1_079_676,
}

// 15. A car without EU type approval: a 2014 American coupé, no COC and no CO2 figure, cleared on 2026-04-20,
//   registered in Provence-Alpes-Côte d'Azur on 2026-05-01 after an RTI (€2 500 incl. VAT).
//   Customs value = 25 000 + 1 800 + 120 = €26 920.00. Duty on the clearance date: the US preference starts
//   on 01/07/2026, so tariff 8703 10 % = €2 692.00. VAT = 20 % × (26 920 + 2 692 + 350) = 20 % × 29 962 = €5 992.40.
//   Malus on fiscal horsepower: 2014 grid, 15 CV (12–16 CV) → €6 000; 20/05/2014 → 01/05/2026 = 144 months
//   → −76 %: €1 440. Weight: before 2022. Regional tax 60.00 × 15 CV = 900.00, over 10 years → €450.00.
//   Y.6 = 1 440 + 450 + 13.76 = €1 903.76.
//   Total = 25 000 + 1 800 + 120 + 350 + 2 500 + 2 692 + 5 992.40 + 1 903.76 = €40 358.16.
const noTypeApproval: LandedCase = {
  name: '15. a car without EU type approval',
  vehicle: {
    price: { amount: 2_500_000 },
    originCountry: 'US',
    firstRegistrationDate: '2014-05-20',
    mileageKm: 80_000,
    fiscalHp: 15,
    fuel: 'petrol',
    make: 'Ford',
    model: 'Mustang',
    year: 2014,
    hasCoc: false,
    originStatement: true,
  },
  region: 'PAC',
  clearanceDate: '2026-04-20',
  registrationDate: '2026-05-01',
  services: { transport: 180_000, insurance: 12_000, inlandTransport: 35_000, rti: 250_000 },
  rows: [
    service('vehicle', 2_500_000),
    service('transport', 180_000),
    service('insurance', 12_000),
    service('inland_transport', 35_000),
    service('rti', 250_000),
    ['customs_duty', 269_200, '2000-01-01', ['S14']],
    ['import_vat', 599_240, '2014-01-01', ['S15']],
    ['co2_malus', 144_000, '2014-01-01', ['S71', 'S66', ...MONTHS]],
    BEFORE_2022,
    ['regional_tax', 45_000, '2026-01-01', ['S20', 'S24']],
    Y4,
    Y5,
  ],
  y6: 190_376,
  total: 4_035_816,
}

// 16. A tariff change between clearance and registration: a 2023 Japanese petrol car with its statement on
//   origin, cleared on 2026-01-28 (before the EPA's 0 % of 01/02/2026), registered in Île-de-France on
//   2026-03-05 (after the IDFM surcharge of 01/03/2026).
//   Customs value = 18 000 + 1 600 + 90 = €19 690.00; duty 10 % = €1 969.00;
//   VAT = 20 % × (19 690 + 1 969 + 300) = 20 % × 21 959 = €4 391.80.
//   Age 01/09/2023 → 05/03/2026 = 31 months → −28 %; CO2 2023 grid, 140 g → €540 × 72 % = 388.80 → €389.
//   Weight: 2022–2023 grid above 1 800 kg → €0. Regional tax (54.95 + 14.00) × 6 CV = €413.70.
//   Y.6 = 389 + 413.70 + 13.76 = €816.46. Total = 18 000 + 1 600 + 90 + 300 + 1 969 + 4 391.80 + 816.46 = €27 167.26.
const tariffChange: LandedCase = {
  name: '16. a tariff change between clearance and registration',
  vehicle: {
    price: { amount: 1_800_000 },
    originCountry: 'JP',
    firstRegistrationDate: '2023-09-01',
    mileageKm: 30_000,
    co2WltpGKm: 140,
    massKg: 1350,
    fiscalHp: 6,
    fuel: 'petrol',
    make: 'Toyota',
    model: 'Yaris Cross',
    year: 2023,
    hasCoc: true,
    originStatement: true,
  },
  region: 'IDF',
  clearanceDate: '2026-01-28',
  registrationDate: '2026-03-05',
  services: { transport: 160_000, insurance: 9_000, inlandTransport: 30_000 },
  rows: [
    service('vehicle', 1_800_000),
    service('transport', 160_000),
    service('insurance', 9_000),
    service('inland_transport', 30_000),
    ['customs_duty', 196_900, '2000-01-01', ['S14']],
    ['import_vat', 439_180, '2014-01-01', ['S15']],
    ['co2_malus', 38_900, '2023-01-01', ['S61', 'S64', 'S62', ...MONTHS]],
    ['weight_malus', 0, '2022-01-01', ['S46', 'S9', 'S65', ...MONTHS]],
    ['regional_tax', 41_370, '2026-03-01', ['S21', 'S22', 'S22b']],
    Y4,
    Y5,
  ],
  y6: 81_646,
  total: 2_716_726,
}

// 17. The Japanese hybrid of case 3 priced in yen, ¥3 250 000, cleared on 2026-12-03 and registered in
//   Auvergne-Rhône-Alpes on 2026-12-10. Customs rate of December 2026 (the seed's demo row, S75): ¥162.35
//   per euro. Price: 3 250 000 / 162.35 = 20 018.478… → €20 018.48.
//   Customs value = 20 018.48 + freight 1 700.00 + insurance 110.00 = €21 828.48; EPA duty 0 %.
//   Import VAT = 20 % × (21 828.48 + delivery in France 320.00) = 20 % × 22 148.48 = 4 429.696 → €4 429.70.
//   Age 15/11/2022 → 10/12/2026: 48 whole months + a started one = 49 → −38 %.
//   CO2: 2022 grid, 135 g → €210 × 62 % = 130.20 → €130. Weight: 2022–2023 grid above 1 800 kg → €0.
//   Regional tax 43.00 × 7 CV = €301.00. Y.6 = 130 + 301 + 13.76 = €444.76.
//   Total = 20 018.48 + 1 700 + 110 + 320 + 4 429.70 + 444.76 = €27 022.94.
const yen: LandedCase = {
  name: '17. a Japanese car priced in yen',
  vehicle: { ...japan.vehicle, price: { amount: 3_250_000, currency: 'JPY' } },
  region: 'ARA',
  clearanceDate: '2026-12-03',
  registrationDate: '2026-12-10',
  services: { transport: 170_000, insurance: 11_000, inlandTransport: 32_000 },
  rows: [
    ['vehicle', 2_001_848, '2026-12-01', ['S75']],
    service('transport', 170_000),
    service('insurance', 11_000),
    service('inland_transport', 32_000),
    ['customs_duty', 0, '2026-02-01', ['S28', 'S29', 'S14']],
    ['import_vat', 442_970, '2014-01-01', ['S15']],
    ['co2_malus', 13_000, '2022-01-01', ['S60', 'S13', 'S62', 'S46', 'S4', 'S5']],
    ['weight_malus', 0, '2022-01-01', ['S46', 'S9', 'S65', ...MONTHS]],
    ['regional_tax', 30_100, '2025-01-01', ['S20', 'S48']],
    Y4,
    Y5,
  ],
  y6: 44_476,
  total: 2_702_294,
}

export const LANDED_CASES: LandedCase[] = [
  euDealer,
  euNew,
  japan,
  withoutOrigin(
    { ...japan, name: '4. Japan' },
    [
      ['customs_duty', 248_100, '2000-01-01', ['S14', 'S28', 'S29']],
      ['import_vat', 555_820, '2014-01-01', ['S15']],
    ],
    3_415_496,
  ),
  unitedStates,
  withoutOrigin(
    { ...unitedStates, name: '6. United States' },
    [
      ['customs_duty', 402_800, '2000-01-01', ['S14', 'S31', 'S32']],
      ['import_vat', 895_160, '2014-01-01', ['S15']],
    ],
    6_028_136,
  ),
  unitedKingdom,
  withoutOrigin(
    { ...unitedKingdom, name: '8. United Kingdom' },
    [
      ['customs_duty', 284_600, '2000-01-01', ['S14', 'S73']],
      ['import_vat', 631_120, '2014-01-01', ['S15']],
    ],
    4_106_396,
  ),
  switzerland,
  withoutOrigin(
    { ...switzerland, name: '10. Switzerland' },
    [
      ['customs_duty', 447_500, '2000-01-01', ['S14', 'S74']],
      ['import_vat', 988_500, '2014-01-01', ['S15']],
    ],
    6_488_476,
  ),
  china,
  { ...china, name: '11b. China without a statement on origin', vehicle: { ...china.vehicle, originStatement: false } },
  collector,
  electric,
  before2017,
  noTypeApproval,
  tariffChange,
  yen,
]
