import type { IsoDate } from '../calendarDate'
import type { Energy, RegionCode, SourceId } from '../importRules'

export type SellerType = 'dealer' | 'private'

/**
 * A cost we pass on as a quote line, in cents. The three flags say how customs and VAT treat it; each
 * one left out takes the default of the service's kind (`serviceTreatment`, docs/import-rules.md,
 * "Service costs"), so staff only set the ones an invoice contradicts.
 */
export interface ServiceCost {
  amount: number
  /** The invoice includes French VAT (then only its net part enters a customs or VAT base). */
  vatIncluded?: boolean
  /** Part of the customs value, hence also of the import VAT base (freight and insurance to the EU border). */
  inCustomsValue?: boolean
  /** Part of the import VAT base: costs up to the first place of delivery in France. */
  inImportVatBase?: boolean
}

export interface OtherServiceCost extends ServiceCost {
  code: string
  label: string
  labelFr: string
}

export interface ServiceCosts {
  /** Freight to the EU border or port of entry: part of the customs value. */
  transport?: ServiceCost
  /** Insurance up to the EU border: part of the customs value. */
  insurance?: ServiceCost
  /** From the EU border to the first place of delivery in France: part of the import VAT base. */
  inlandTransport?: ServiceCost
  /** Unloading and terminal handling at the EU port of entry, before clearance: part of the import VAT base. */
  portHandling?: ServiceCost
  broker?: ServiceCost
  coc?: ServiceCost
  rti?: ServiceCost
  technicalInspection?: ServiceCost
  other?: OtherServiceCost[]
}

export interface LandedCostInput {
  /** Price paid to the seller, in euro cents (a used car from an EU dealer includes the seller's VAT). */
  vehiclePrice: number
  sellerType: SellerType
  /** ISO 3166 alpha-2 country of origin (customs) and purchase. */
  originCountry: string
  inEuFreeCirculation: boolean
  destination: { country: 'FR'; region: RegionCode }
  /** First registration anywhere; absent for a car never registered. */
  firstRegistrationDate?: IsoDate | null
  /** Date of the French registration certificate: the maluses, the regional tax and Y.4/Y.5 are read on it. */
  registrationDate: IsoDate
  /**
   * Date of customs clearance (the 846A): customs duty, countervailing duty and import VAT are read on it.
   * Absent, it is the registration date.
   */
  clearanceDate?: IsoDate | null
  mileageKm: number
  /** WLTP CO2 in g/km. */
  co2GKm?: number | null
  co2NedcGKm?: number | null
  /** Mass in running order (masse en ordre de marche), kg. */
  massKg?: number | null
  fiscalHp: number
  energy: Energy
  electricRangeKm?: number | null
  make?: string | null
  /** Heading 9705 collector car; when absent, derived from age (≥ 30 years). */
  isCollector?: boolean | null
  hasCoc: boolean
  /**
   * The car (not just its model) has an EU type approval. Without it the malus is read on fiscal
   * horsepower (CIBS L421-59). Absent: taken as approved, except a car needing an RTI with no CO2 value.
   */
  euTypeApproval?: boolean | null
  /** Statement on origin / proof of preferential origin (Japan, United States). */
  originStatement?: boolean
  /** The model is covered by an accepted minimum-price undertaking (China BEV duty). */
  minimumPriceUndertaking?: boolean
  services?: ServiceCosts
}

export type LandedCostLineCode =
  | 'vehicle'
  | 'transport'
  | 'insurance'
  | 'inland_transport'
  | 'port_handling'
  | 'customs_duty'
  | 'countervailing_duty'
  | 'import_vat'
  | 'vat_new_vehicle'
  | 'co2_malus'
  | 'weight_malus'
  | 'regional_tax'
  | 'y4'
  | 'y5'
  | 'coc'
  | 'rti'
  | 'technical_inspection'
  | 'broker'
  | `other:${string}`

export interface LandedCostLine {
  code: LandedCostLineCode
  label: string
  labelFr: string
  /** Cents. */
  amount: number
  /** Only on service lines: whether the amount includes VAT. Taxes and duties carry no VAT. */
  vatIncluded?: boolean
  /** Only on service lines of an import: the line's net amount is in the customs value. */
  inCustomsValue?: boolean
  /** Only on service lines of an import: the line's net amount is in the import VAT base. */
  inImportVatBase?: boolean
  /** Which rule produced the amount, with its figures (English). */
  rule: string
  /** The same explanation in French. */
  ruleFr: string
  tableYear?: number
  validFrom?: IsoDate
  sourceIds: SourceId[]
}

/** A text written in both languages of the storefront. */
export interface Bilingual {
  en: string
  fr: string
}

export interface RegistrationNote extends Bilingual {
  code: string
}

/** Something staff or the customer should know about the estimate; `code` is stable, the texts may change. */
export interface LandedCostWarning extends Bilingual {
  code: string
}

export interface RegistrationCheck {
  ageMonths: number | null
  cocAvailable: boolean
  rtiRequired: boolean
  rtiRisk: boolean
  collectorEligible: boolean
  newVehicleVat: boolean
  notes: RegistrationNote[]
}

export type VatRegime = 'import' | 'eu_new_vehicle' | 'eu_used_dealer' | 'eu_private'

/** The intermediate figures, for the quote builder and for audits. */
export interface LandedCostBasis {
  ageMonths: number | null
  reductionPercent: number
  collector: boolean
  vatRegime: VatRegime
  co2GridId?: string
  weightGridId?: string
  customsValue?: number
  importVatBase?: number
  /** The day duties and import VAT were read on (imports only). */
  clearanceDate?: IsoDate
  /** How a price in another currency became the euro `vehiclePrice` (absent for a price in euros). */
  exchange?: ExchangeBasis
}

/**
 * The conversion of the seller's price: `amount` in the currency's minor units at `perEuro` units per
 * euro, read on `date` (the customs month's first day, or the day staff read their rate).
 */
export interface ExchangeBasis {
  currency: string
  amount: number
  perEuro: string
  date: IsoDate
  source: 'customs' | 'staff'
  sourceIds: SourceId[]
  /** The euro cents the engine priced. */
  euroCents: number
}

export type LandedCostResult =
  | {
      ok: true
      currency: 'EUR'
      lines: LandedCostLine[]
      total: number
      /**
       * Y.6 of the registration certificate: regional tax (Y.1) + the maluses (Y.3) + Y.4 + Y.5, what the
       * customer pays for the carte grise itself.
       */
      y6: number
      registrationCheck: RegistrationCheck
      basis: LandedCostBasis
      warnings: LandedCostWarning[]
    }
  | Refusal

/** No estimate: `field` names the input or rule that is missing, `reason` says why in English, `reasonFr` in French. */
export type Refusal = { ok: false; reason: string; reasonFr: string; field: string }

export function refuse(field: string, reason: string, reasonFr: string): Refusal {
  return { ok: false, reason, reasonFr, field }
}

export function warning(code: string, en: string, fr: string): LandedCostWarning {
  return { code, en, fr }
}
