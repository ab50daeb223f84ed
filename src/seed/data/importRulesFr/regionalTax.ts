import type { RegionalEvPolicy, RegionalRate, RegionalTaxRules, RegionCode } from '../../../domain/importRules'
import { REGION_CODES } from '../../../domain/regions'

// Rates per fiscal horsepower from 2025 on (docs/import-rules.md, regional tax); earlier rates are not needed for
// registrations made from now on.
const rates: RegionalRate[] = [
  { region: 'ARA', ratePerCvCents: 4300, validFrom: '2025-01-01', sourceIds: ['S20', 'S48'] },
  { region: 'BFC', ratePerCvCents: 5500, validFrom: '2025-01-01', validTo: '2025-06-30', sourceIds: ['S49'] },
  { region: 'BFC', ratePerCvCents: 6000, validFrom: '2025-07-01', sourceIds: ['S49', 'S20'] },
  {
    region: 'BRE',
    ratePerCvCents: 6000,
    validFrom: '2025-01-01',
    sourceIds: ['S48', 'S43'],
    note: 'One source dates the 60 € rate from 1 Feb 2025.',
  },
  { region: 'CVL', ratePerCvCents: 6000, validFrom: '2025-01-01', sourceIds: ['S48'] },
  { region: 'COR', ratePerCvCents: 4300, validFrom: '2025-01-01', validTo: '2025-12-31', sourceIds: ['S20'] },
  {
    region: 'COR',
    ratePerCvCents: 5300,
    validFrom: '2026-01-01',
    sourceIds: ['S20', 'S50'],
    note: 'One source dates the 53 € rate from 1 Mar 2026.',
  },
  { region: 'GES', ratePerCvCents: 4800, validFrom: '2025-01-01', validTo: '2025-01-31', sourceIds: ['S43'] },
  { region: 'GES', ratePerCvCents: 6000, validFrom: '2025-02-01', sourceIds: ['S43'] },
  { region: 'HDF', ratePerCvCents: 3620, validFrom: '2025-01-01', validTo: '2025-02-28', sourceIds: ['S51'] },
  { region: 'HDF', ratePerCvCents: 4200, validFrom: '2025-03-01', validTo: '2026-03-31', sourceIds: ['S51', 'S21'] },
  { region: 'HDF', ratePerCvCents: 4300, validFrom: '2026-04-01', sourceIds: ['S21'] },
  {
    region: 'IDF',
    ratePerCvCents: 5495,
    validFrom: '2025-01-01',
    sourceIds: ['S21', 'S22'],
    note: 'From 1 Mar 2026 the IDFM majoration (idfMajoration) brings the total to 68.95 € per CV.',
  },
  { region: 'NOR', ratePerCvCents: 6000, validFrom: '2025-01-01', sourceIds: ['S48'] },
  { region: 'NAQ', ratePerCvCents: 5300, validFrom: '2025-01-01', validTo: '2026-02-28', sourceIds: ['S48'] },
  { region: 'NAQ', ratePerCvCents: 5800, validFrom: '2026-03-01', sourceIds: ['S50'] },
  { region: 'OCC', ratePerCvCents: 5450, validFrom: '2025-01-01', validTo: '2025-06-30', sourceIds: ['S42'] },
  { region: 'OCC', ratePerCvCents: 5950, validFrom: '2025-07-01', sourceIds: ['S42'] },
  { region: 'PDL', ratePerCvCents: 5100, validFrom: '2025-01-01', sourceIds: ['S20', 'S50'] },
  {
    region: 'PAC',
    ratePerCvCents: 5900,
    validFrom: '2025-01-01',
    validTo: '2025-12-31',
    sourceIds: ['S48'],
    note: 'One source dates the 59 € rate from 1 Feb 2025.',
  },
  { region: 'PAC', ratePerCvCents: 6000, validFrom: '2026-01-01', sourceIds: ['S20'] },
]

const EV_NOTES: Partial<Record<RegionCode, string>> = {
  BRE: 'simulateurmalus says EVs pay 50 %; the other sources say full.',
  COR: 'Sources disagree for EVs ("100 %" vs full); full kept.',
}

// Since 1 May 2025 each region chooses what EVs pay (CIBS L421-49); all chose full but Hauts-de-France.
const evPolicies: RegionalEvPolicy[] = REGION_CODES.flatMap((region): RegionalEvPolicy[] => {
  if (region === 'HDF') {
    return [
      { region, policy: 'zero', validFrom: '2025-05-01', validTo: '2026-03-31', sourceIds: ['S40', 'S41'] },
      {
        region,
        policy: 'full',
        validFrom: '2026-04-01',
        sourceIds: ['S21'],
        note: 'S21 (2026-02-28) reports the end of the EV exemption with the 43 € rate on 1 Apr 2026.',
      },
    ]
  }
  const note = EV_NOTES[region]
  return [{ region, policy: 'full', validFrom: '2025-05-01', sourceIds: ['S40', 'S41'], ...(note ? { note } : {}) }]
})

export const regionalTax: RegionalTaxRules = {
  rates,
  evPolicies,
  evPolicyEnergies: ['electric', 'hydrogen'],
  idfMajoration: [
    {
      perCvCents: 1400,
      flatCents: 1400,
      validFrom: '2026-03-01',
      validTo: '2026-12-31',
      sourceIds: ['S22', 'S21', 'S22b'],
    },
    {
      perCvCents: 1200,
      flatCents: 1200,
      validFrom: '2027-01-01',
      sourceIds: ['S22'],
      note: 'Announced as "+12.00 in 2027".',
    },
  ],
  oldVehicle: { aboveYears: 10, percentDue: 50, sourceIds: ['S24'] },
}
