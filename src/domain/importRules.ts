/**
 * The shape of the `import-rules` global: every French import figure as a dated row with its sources.
 * The engine (`landedCost`) holds no figure of its own; a row applies from `validFrom` to `validTo`, both
 * days included, and an open `validTo` means "until a later row replaces it". Amounts are whole euros
 * (`eur…`) where the law states whole euros, cents (`…Cents`) everywhere else.
 */
import type { IsoDate } from './calendarDate'
import type { ForeignCurrency } from './currencies'
import type { RegionCode } from './regions'

export type { IsoDate } from './calendarDate'
export type { RegionCode } from './regions'

export type SourceId = string

export type Energy = 'petrol' | 'diesel' | 'hybrid' | 'plugin_hybrid' | 'electric' | 'hydrogen' | 'lpg' | 'other'

export interface Dated {
  validFrom: IsoDate
  validTo?: IsoDate | null
}

export interface Sourced {
  sourceIds: SourceId[]
  note?: string
}

export interface RuleSource {
  id: SourceId
  title: string
  url: string
  alsoAt?: string[]
  readOn: IsoDate
}

/** Readings where the sources disagree; the row in force on the French registration date applies. */
export interface ImportRuleSettings extends Dated, Sourced {
  /** Which year's CO2/weight grid a used import pays: its first registration abroad (default) or now. */
  gridYearReading: 'firstRegistration' | 'currentYear'
  /** Île-de-France surcharge: per fiscal horsepower (default) or a flat amount per certificate. */
  idfMajorationReading: 'perCv' | 'flat'
  /** Regional tax: cents kept (default) or rounded to the euro as in the older "R-Y6" reading. */
  regionalTaxRounding: 'keepCents' | 'R-Y6'
  /** Weight bands "from A to B kg": both ends counted (default) or only the kilograms above A. */
  weightBandEdges: WeightBandEdges
}

export type WeightBandEdges = 'bothEnds' | 'aboveLowerEdge'

export type Co2TestCycle = 'NEDC' | 'WLTP'

export interface Co2Step {
  g: number
  eur: number
}

/** One malus grid: 0 below the first step, the step's amount per gram, `capEur` from `capFromG`. */
export interface Co2Grid extends Dated, Sourced {
  id: string
  year: number
  kind: Co2TestCycle
  steps: Co2Step[]
  capEur: number
  capFromG: number
  /** 2022–2023: the malus could not exceed 50 % of the car's price including VAT. */
  capHalfPriceTtc?: boolean
}

/** A band of a fiscal-horsepower grid: `eur` from `fromCv` up to the next band. */
export interface FiscalHpBand {
  fromCv: number
  eur: number
}

/**
 * The malus of a car without EU type approval, by fiscal horsepower (CGI art. 1011 bis until 2020, CIBS
 * L421-59 and L421-64 since): nothing below the first band, the band's amount from its `fromCv` up.
 */
export interface FiscalHpGrid extends Dated, Sourced {
  id: string
  year: number
  bands: FiscalHpBand[]
}

export interface Co2Exemption extends Dated, Sourced {
  energies: Energy[]
}

export interface AgeReductionBand {
  fromMonth: number
  toMonth: number | null
  percent: number
}

/** Reduction of both maluses by the car's age, chosen by the date of the French registration. */
export type AgeReductionTable =
  | (Dated & Sourced & { kind: 'months'; bands: AgeReductionBand[] })
  | (Dated & Sourced & { kind: 'perStartedYear'; percentPerYear: number; maxPercent: number })

/** A marginal band "from fromKg to toKg"; how its edges count is a reading of the settings (weightBandEdges). */
export interface WeightBand {
  fromKg: number
  toKg: number | null
  eurPerKg: number
}

export interface WeightMalusGrid extends Dated, Sourced {
  id: string
  year: number
  bands: WeightBand[]
}

export interface WeightAllowance extends Dated, Sourced {
  energy: Energy
  kind: 'exempt' | 'allowance'
  allowanceKg?: number
  maxPercentOfMass?: number
  /** The row applies only above this electric range (PHEVs: more than 50 km). */
  minElectricRangeKm?: number
}

export interface WeightMalusRules {
  /** No weight malus for a car first registered (anywhere) before this day. */
  notBeforeFirstRegistration: IsoDate
  notBeforeSourceIds: SourceId[]
  grids: WeightMalusGrid[]
  allowances: WeightAllowance[]
}

export interface RegionalRate extends Dated, Sourced {
  region: RegionCode
  ratePerCvCents: number
}

export type EvPolicy = 'full' | 'half' | 'zero'

export interface RegionalEvPolicy extends Dated, Sourced {
  region: RegionCode
  policy: EvPolicy
}

export interface IdfMajoration extends Dated, Sourced {
  perCvCents: number
  flatCents: number
}

export interface RegionalTaxRules {
  rates: RegionalRate[]
  evPolicies: RegionalEvPolicy[]
  /** Energies that follow the region's EV choice. */
  evPolicyEnergies: Energy[]
  idfMajoration: IdfMajoration[]
  /** The tax is reduced for a car older than `aboveYears` years. */
  oldVehicle: Sourced & { aboveYears: number; percentDue: number }
}

export interface FixedTax extends Dated, Sourced {
  code: 'y4' | 'y5'
  amountCents: number
}

export interface CustomsDefaultRate extends Dated, Sourced {
  ratePercent: number
  tariffHeading: string
}

export interface CustomsPreference extends Dated, Sourced {
  originCountry: string
  ratePercent: number
  requiresOriginStatement: boolean
  /** The agreement's name as English rule texts give it ("EU–Japan EPA"). */
  label: string
  /** Its name in French rule texts, the ones French customers read ("accord de partenariat économique UE–Japon"). */
  labelFr: string
}

export interface CollectorRule extends Dated, Sourced {
  minAgeYears: number
  tariffHeading: string
  dutyPercent: number
}

export interface CountervailingMaker {
  name: string
  aliases: string[]
  ratePercent: number
}

export interface ChinaBevCountervailing extends Dated, Sourced {
  originCountry: string
  energies: Energy[]
  /** Only cars never registered (customs "new", CN 8703 80 10) are covered. */
  newVehiclesOnly: boolean
  makers: CountervailingMaker[]
  otherCooperatingMakers: string[]
  otherCooperatingRatePercent: number
  allOthersRatePercent: number
}

export interface CustomsDutyRules {
  defaultRates: CustomsDefaultRate[]
  preferences: CustomsPreference[]
  countervailing: ChinaBevCountervailing[]
}

export interface VatRates extends Dated, Sourced {
  standardPercent: number
  collectorPercent: number
}

/** EU "new means of transport": French VAT is due in France when either threshold holds. */
export interface NewVehicleThreshold extends Dated, Sourced {
  maxMonths: number
  maxKm: number
}

/**
 * A monthly customs exchange rate: `perEuro` units of `currency` for 1 euro, a decimal string kept exact.
 * It applies for the calendar month starting on `validFrom` (the first of the month), so `validTo` is
 * that month's last day: a month without its row is refused, not priced at an older rate.
 */
export interface ExchangeRate extends Dated, Sourced {
  currency: ForeignCurrency
  perEuro: string
}

export interface ImportRules {
  version: string
  currency: 'EUR'
  settings: ImportRuleSettings[]
  co2Grids: Co2Grid[]
  /**
   * Not in the global's fields yet (a schema change): the mapping fills it from the seed module, so staff
   * cannot edit it in the admin until the field exists.
   */
  fiscalHpGrids?: FiscalHpGrid[]
  co2Exemptions: Co2Exemption[]
  ageReduction: AgeReductionTable[]
  weightMalus: WeightMalusRules
  regionalTax: RegionalTaxRules
  fixedTaxes: FixedTax[]
  customsDuty: CustomsDutyRules
  collector: CollectorRule[]
  vat: VatRates[]
  newVehicle: NewVehicleThreshold[]
  /** Monthly rates converting a price in another currency to euros (customs, or the registration month). */
  exchangeRates: ExchangeRate[]
  sources: RuleSource[]
}
