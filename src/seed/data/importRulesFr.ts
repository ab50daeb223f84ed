import type { ImportRules } from '../../domain/importRules'
import { co2Grids } from './importRulesFr/co2Grids'
import { exchangeRates } from './importRulesFr/exchangeRates'
import { fiscalHpGrids } from './importRulesFr/fiscalHpGrids'
import { regionalTax } from './importRulesFr/regionalTax'
import { sources } from './importRulesFr/sources'

/**
 * The French figures of docs/import-rules.md (read 2026-11-25) as the `import-rules` global holds
 * them. Staff edit them in the admin; this is the first version the seed writes.
 */
export const importRulesFr: ImportRules = {
  version: '2026-11-25',
  currency: 'EUR',
  settings: [
    {
      validFrom: '2000-01-01',
      gridYearReading: 'firstRegistration',
      idfMajorationReading: 'perCv',
      regionalTaxRounding: 'keepCents',
      weightBandEdges: 'bothEnds',
      sourceIds: ['S11', 'S10', 'S9', 'S13', 'S22', 'S21', 'S8'],
      note:
        'Alternative readings: current-year grid (caradisiac, S6); flat IDF surcharge (S22b); ' +
        'regional tax rounded with Y.6 (S26); weight bands counted from above their lower edge (ruled out by ' +
        'service-public’s 1 950 kg example, S9, and the 2026 check values, S8).',
    },
  ],
  co2Grids,
  fiscalHpGrids,
  co2Exemptions: [{ energies: ['electric', 'hydrogen'], validFrom: '2017-01-01', sourceIds: ['S63', 'S10'] }],
  ageReduction: [
    {
      kind: 'perStartedYear',
      percentPerYear: 10,
      maxPercent: 100,
      validFrom: '2008-01-01',
      validTo: '2025-02-28',
      sourceIds: ['S7', 'S4', 'S5'],
      note: 'Before 1 Mar 2025: 10 % less per year started since the first registration, nothing due after 10 years.',
    },
    {
      kind: 'months',
      validFrom: '2025-03-01',
      sourceIds: ['S4', 'S5', 'S13'],
      note: 'LFI 2025 art. 29; the same table reduces the weight malus.',
      bands: [
        { fromMonth: 1, toMonth: 3, percent: 3 },
        { fromMonth: 4, toMonth: 6, percent: 6 },
        { fromMonth: 7, toMonth: 9, percent: 9 },
        { fromMonth: 10, toMonth: 12, percent: 12 },
        { fromMonth: 13, toMonth: 18, percent: 16 },
        { fromMonth: 19, toMonth: 24, percent: 20 },
        { fromMonth: 25, toMonth: 36, percent: 28 },
        { fromMonth: 37, toMonth: 48, percent: 33 },
        { fromMonth: 49, toMonth: 60, percent: 38 },
        { fromMonth: 61, toMonth: 72, percent: 43 },
        { fromMonth: 73, toMonth: 84, percent: 48 },
        { fromMonth: 85, toMonth: 96, percent: 53 },
        { fromMonth: 97, toMonth: 108, percent: 58 },
        { fromMonth: 109, toMonth: 120, percent: 64 },
        { fromMonth: 121, toMonth: 132, percent: 70 },
        { fromMonth: 133, toMonth: 144, percent: 76 },
        { fromMonth: 145, toMonth: 156, percent: 82 },
        { fromMonth: 157, toMonth: 168, percent: 88 },
        { fromMonth: 169, toMonth: 180, percent: 94 },
        { fromMonth: 181, toMonth: null, percent: 100 },
      ],
    },
  ],
  weightMalus: {
    notBeforeFirstRegistration: '2022-01-01',
    notBeforeSourceIds: ['S13', 'S27'],
    grids: [
      {
        id: '2022-2023',
        year: 2022,
        validFrom: '2022-01-01',
        validTo: '2023-12-31',
        bands: [{ fromKg: 1801, toKg: null, eurPerKg: 10 }],
        sourceIds: ['S46', 'S9', 'S65'],
        note: '10 € per kg above 1 800 kg.',
      },
      {
        id: '2024-2025',
        year: 2024,
        validFrom: '2024-01-01',
        validTo: '2025-12-31',
        bands: [
          { fromKg: 1600, toKg: 1799, eurPerKg: 10 },
          { fromKg: 1800, toKg: 1899, eurPerKg: 15 },
          { fromKg: 1900, toKg: 1999, eurPerKg: 20 },
          { fromKg: 2000, toKg: 2099, eurPerKg: 25 },
          { fromKg: 2100, toKg: null, eurPerKg: 30 },
        ],
        sourceIds: ['S9', 'S47', 'S65'],
      },
      {
        id: '2026',
        year: 2026,
        validFrom: '2026-01-01',
        validTo: '2026-12-31',
        bands: [
          { fromKg: 1500, toKg: 1699, eurPerKg: 10 },
          { fromKg: 1700, toKg: 1799, eurPerKg: 15 },
          { fromKg: 1800, toKg: 1899, eurPerKg: 20 },
          { fromKg: 1900, toKg: 1999, eurPerKg: 25 },
          { fromKg: 2000, toKg: null, eurPerKg: 30 },
        ],
        sourceIds: ['S8', 'S65'],
      },
    ],
    allowances: [
      { energy: 'electric', kind: 'exempt', validFrom: '2022-01-01', sourceIds: ['S9', 'S8', 'S38', 'S39'] },
      { energy: 'hydrogen', kind: 'exempt', validFrom: '2022-01-01', sourceIds: ['S9', 'S8'] },
      {
        energy: 'plugin_hybrid',
        kind: 'exempt',
        minElectricRangeKm: 50,
        validFrom: '2022-01-01',
        validTo: '2024-12-31',
        sourceIds: ['S47'],
        note: 'PHEVs with more than 50 km of electric range were exempt until 31 Dec 2024.',
      },
      {
        energy: 'plugin_hybrid',
        kind: 'allowance',
        allowanceKg: 200,
        maxPercentOfMass: 15,
        minElectricRangeKm: 50,
        validFrom: '2025-01-01',
        sourceIds: ['S47'],
      },
      {
        energy: 'hybrid',
        kind: 'allowance',
        allowanceKg: 100,
        validFrom: '2025-01-01',
        sourceIds: ['S47'],
        note: 'The sources give the 100 kg allowance without a start date; dated with the PHEV change.',
      },
    ],
  },
  regionalTax,
  fixedTaxes: [
    { code: 'y4', amountCents: 1100, validFrom: '2021-01-01', sourceIds: ['S24', 'S25'] },
    { code: 'y5', amountCents: 276, validFrom: '2021-01-01', sourceIds: ['S25'] },
  ],
  customsDuty: {
    defaultRates: [{ ratePercent: 10, tariffHeading: '8703', validFrom: '2000-01-01', sourceIds: ['S14'] }],
    preferences: [
      {
        originCountry: 'JP',
        ratePercent: 0,
        requiresOriginStatement: true,
        validFrom: '2026-02-01',
        label: 'EU–Japan EPA',
        labelFr: 'Accord de partenariat économique UE–Japon',
        sourceIds: ['S28', 'S29', 'S14'],
        note: 'Year 8 of the 8-year elimination; the intermediate rates (8.8 % from 1 Feb 2019 …) are not held.',
      },
      {
        originCountry: 'US',
        ratePercent: 0,
        requiresOriginStatement: true,
        validFrom: '2026-07-01',
        validTo: '2029-12-31',
        label: 'Reg. (EU) 2026/1455',
        labelFr: 'Règlement (UE) 2026/1455',
        sourceIds: ['S31', 'S32'],
        note: 'Can be suspended by the Commission.',
      },
      {
        originCountry: 'GB',
        ratePercent: 0,
        requiresOriginStatement: true,
        validFrom: '2021-01-01',
        label: 'EU–UK TCA',
        labelFr: 'Accord de commerce et de coopération UE–Royaume-Uni',
        sourceIds: ['S73'],
        note: 'Trade and Cooperation Agreement, applied from 1 Jan 2021: no duty on UK-origin goods with a statement on origin.',
      },
      {
        originCountry: 'CH',
        ratePercent: 0,
        requiresOriginStatement: true,
        validFrom: '1973-01-01',
        label: 'EU–Switzerland FTA',
        labelFr: 'Accord de libre-échange UE–Suisse',
        sourceIds: ['S74'],
        note: 'Agreement of 22 July 1972, HS chapters 25–97 (art. 2): no duty on Swiss-origin goods with proof of origin.',
      },
    ],
    countervailing: [
      {
        originCountry: 'CN',
        energies: ['electric'],
        newVehiclesOnly: true,
        validFrom: '2024-10-30',
        makers: [
          { name: 'BYD', aliases: ['BYD', 'Denza'], ratePercent: 17 },
          { name: 'Geely', aliases: ['Geely', 'Volvo', 'Polestar', 'Lynk & Co', 'Zeekr'], ratePercent: 18.8 },
          { name: 'SAIC', aliases: ['SAIC', 'MG', 'Maxus'], ratePercent: 35.3 },
          { name: 'Tesla', aliases: ['Tesla'], ratePercent: 7.8 },
        ],
        otherCooperatingMakers: [],
        otherCooperatingRatePercent: 20.7,
        allOthersRatePercent: 35.3,
        sourceIds: ['S44', 'S45'],
        note:
          'Reg. (EU) 2024/2754. Add the cooperating companies of its annex to otherCooperatingMakers; ' +
          'a model under a minimum-price undertaking pays none.',
      },
    ],
  },
  collector: [
    {
      minAgeYears: 30,
      tariffHeading: '9705',
      dutyPercent: 0,
      validFrom: '2000-01-01',
      sourceIds: ['S34', 'S35', 'S36'],
    },
  ],
  vat: [
    {
      standardPercent: 20,
      collectorPercent: 5.5,
      validFrom: '2014-01-01',
      sourceIds: ['S15'],
      note: 'The 5.5 % collector rate is sourced by the collector rule (S34), which a collector import line cites.',
    },
  ],
  newVehicle: [{ maxMonths: 6, maxKm: 6000, validFrom: '1993-01-01', sourceIds: ['S17', 'S18'] }],
  exchangeRates,
  sources,
}
