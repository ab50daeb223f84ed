/**
 * The `import-rules` global as Payload stores and returns it: the domain's `ImportRules` with array rows
 * carrying an `id`, empty optional fields as `null`, dates as ISO timestamps, CO2 step tables as text
 * and the domain's own `id`s renamed (`gridId`, `sourceId`) because `id` names the array row.
 */
import type {
  AgeReductionBand,
  Co2TestCycle,
  CountervailingMaker,
  Energy,
  EvPolicy,
  FixedTax,
  ImportRuleSettings,
  RegionCode,
  WeightAllowance,
  WeightBand,
} from '@/domain/importRules'
import type { ForeignCurrency } from '@/domain/currencies'

/** A date as the global holds it: '2025-03-01T12:00:00.000Z' (read) or '2025-03-01' (written). */
export type StoredDate = string

type RowId = { id?: string | null }

export interface DatedData {
  validFrom: StoredDate
  validTo?: StoredDate | null
}

export interface SourcedData {
  sourceIds: string[]
  note?: string | null
}

export type RowData<T> = T & DatedData & SourcedData & RowId

export type SettingsRowData = RowData<
  Pick<ImportRuleSettings, 'gridYearReading' | 'idfMajorationReading' | 'regionalTaxRounding' | 'weightBandEdges'>
>

export type Co2GridData = RowData<{
  gridId: string
  year: number
  kind: Co2TestCycle
  /** "g:eur" pairs, see `parseCo2Steps`. */
  steps: string
  capEur: number
  capFromG: number
  capHalfPriceTtc?: boolean | null
}>

export type AgeReductionData = RowData<{
  kind: 'months' | 'perStartedYear'
  bands?: (AgeReductionBand & RowId)[] | null
  percentPerYear?: number | null
  maxPercent?: number | null
}>

export type WeightGridData = RowData<{ gridId: string; year: number; bands: (WeightBand & RowId)[] }>

export type WeightAllowanceData = RowData<{
  energy: Energy
  kind: WeightAllowance['kind']
  allowanceKg?: number | null
  maxPercentOfMass?: number | null
  minElectricRangeKm?: number | null
}>

export type CountervailingData = RowData<{
  originCountry: string
  energies: Energy[]
  newVehiclesOnly: boolean
  makers: (CountervailingMaker & RowId)[]
  otherCooperatingMakers?: string[] | null
  otherCooperatingRatePercent: number
  allOthersRatePercent: number
}>

export interface SourceData extends RowId {
  sourceId: string
  title: string
  url: string
  alsoAt?: string[] | null
  readOn: StoredDate
}

export interface ImportRulesData {
  version: string
  currency: 'EUR'
  settings: SettingsRowData[]
  co2Grids: Co2GridData[]
  co2Exemptions: RowData<{ energies: Energy[] }>[]
  ageReduction: AgeReductionData[]
  weightMalus: {
    notBeforeFirstRegistration: StoredDate
    notBeforeSourceIds: string[]
    grids: WeightGridData[]
    allowances: WeightAllowanceData[]
  }
  regionalTax: {
    rates: RowData<{ region: RegionCode; ratePerCvCents: number }>[]
    evPolicies: RowData<{ region: RegionCode; policy: EvPolicy }>[]
    evPolicyEnergies: Energy[]
    idfMajoration: RowData<{ perCvCents: number; flatCents: number }>[]
    oldVehicle: SourcedData & { aboveYears: number; percentDue: number }
  }
  fixedTaxes: RowData<{ code: FixedTax['code']; amountCents: number }>[]
  customsDuty: {
    defaultRates: RowData<{ ratePercent: number; tariffHeading: string }>[]
    preferences: RowData<{
      originCountry: string
      ratePercent: number
      requiresOriginStatement: boolean
      label: string
      labelFr: string
    }>[]
    countervailing: CountervailingData[]
  }
  collector: RowData<{ minAgeYears: number; tariffHeading: string; dutyPercent: number }>[]
  vat: RowData<{ standardPercent: number; collectorPercent: number }>[]
  newVehicle: RowData<{ maxMonths: number; maxKm: number }>[]
  /** A rate's month is its `validFrom`; the global stores no `validTo` for it. */
  exchangeRates?: RowData<{ currency: ForeignCurrency; perEuro: string }>[] | null
  sources: SourceData[]
}
