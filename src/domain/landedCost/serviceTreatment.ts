import type { ServiceCost } from './types'

/** The service kinds a quote prices; `other` covers every line staff add by hand. */
export type ServiceKind =
  | 'transport'
  | 'insurance'
  | 'inlandTransport'
  | 'portHandling'
  | 'broker'
  | 'coc'
  | 'rti'
  | 'technicalInspection'
  | 'other'

export interface ServiceTreatment {
  vatIncluded: boolean
  inCustomsValue: boolean
  inImportVatBase: boolean
}

const FRENCH_SERVICE: ServiceTreatment = { vatIncluded: true, inCustomsValue: false, inImportVatBase: false }

/**
 * How customs and VAT normally treat each kind of service (docs/import-rules.md, "Service costs").
 * For an import: freight and insurance to the EU border are in the customs value (UCC art. 70–71);
 * costs after the border up to the first place of delivery in France are outside it (UCC art. 72) but
 * in the import VAT base (VAT directive art. 86(1)(b), CGI art. 292); both are then exempt from VAT
 * themselves (VAT directive art. 144, insurance art. 135), so they are invoiced without it. The
 * broker's fee, COC, RTI and roadworthiness test are services supplied in France, with French VAT,
 * after the goods' value is fixed. A car already in the EU has no customs value or import VAT base:
 * every service is then a French (or EU) supply with VAT, except insurance, exempt everywhere.
 */
export function defaultTreatment(kind: ServiceKind, imported: boolean): ServiceTreatment {
  if (!imported) return kind === 'insurance' ? { ...FRENCH_SERVICE, vatIncluded: false } : FRENCH_SERVICE
  switch (kind) {
    case 'transport':
    case 'insurance':
      return { vatIncluded: false, inCustomsValue: true, inImportVatBase: true }
    case 'inlandTransport':
    case 'portHandling':
      return { vatIncluded: false, inCustomsValue: false, inImportVatBase: true }
    default:
      return FRENCH_SERVICE
  }
}

/**
 * The treatment of one priced service: staff's flags where set, the kind's defaults elsewhere. A cost in
 * the customs value is always in the VAT base too, since the base starts from the customs value.
 */
export function serviceTreatment(kind: ServiceKind, cost: ServiceCost, imported: boolean): ServiceTreatment {
  const defaults = defaultTreatment(kind, imported)
  const inCustomsValue = imported && (cost.inCustomsValue ?? defaults.inCustomsValue)
  return {
    vatIncluded: cost.vatIncluded ?? defaults.vatIncluded,
    inCustomsValue,
    inImportVatBase: imported && (inCustomsValue || (cost.inImportVatBase ?? defaults.inImportVatBase)),
  }
}
