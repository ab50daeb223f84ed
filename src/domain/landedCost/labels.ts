import type { LandedCostLineCode } from './types'

type FixedCode = Exclude<LandedCostLineCode, `other:${string}`>

export const LINE_LABELS: Record<FixedCode, { en: string; fr: string }> = {
  vehicle: { en: 'Vehicle', fr: 'Véhicule' },
  transport: { en: 'Transport to the EU border', fr: 'Transport jusqu’à la frontière de l’UE' },
  insurance: { en: 'Transport insurance', fr: 'Assurance transport' },
  inland_transport: { en: 'Delivery in France', fr: 'Acheminement en France' },
  customs_duty: { en: 'Customs duty', fr: 'Droits de douane' },
  countervailing_duty: { en: 'Countervailing duty (China BEV)', fr: 'Droit compensateur (VE chinois)' },
  import_vat: { en: 'Import VAT', fr: 'TVA à l’importation' },
  vat_new_vehicle: { en: 'French VAT (new vehicle)', fr: 'TVA française (véhicule neuf)' },
  co2_malus: { en: 'CO2 malus', fr: 'Malus CO2' },
  weight_malus: { en: 'Weight malus', fr: 'Malus au poids' },
  regional_tax: { en: 'Regional tax (Y.1)', fr: 'Taxe régionale (Y.1)' },
  y4: { en: 'Fixed tax (Y.4)', fr: 'Taxe fixe (Y.4)' },
  y5: { en: 'Delivery fee (Y.5)', fr: 'Redevance d’acheminement (Y.5)' },
  coc: { en: 'Certificate of conformity (COC)', fr: 'Certificat de conformité (COC)' },
  rti: { en: 'Individual approval (RTI)', fr: 'Réception à titre isolé (RTI)' },
  technical_inspection: { en: 'Roadworthiness test', fr: 'Contrôle technique' },
  broker: { en: 'Customs broker', fr: 'Transitaire / déclarant en douane' },
}

export function labelsOf(code: FixedCode): { label: string; labelFr: string } {
  return { label: LINE_LABELS[code].en, labelFr: LINE_LABELS[code].fr }
}
