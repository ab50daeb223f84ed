import { labelsOf } from './labels'
import { ruleFields } from './ruleText'
import { serviceTreatment, type ServiceKind } from './serviceTreatment'
import {
  warning,
  type Bilingual,
  type LandedCostLine,
  type LandedCostWarning,
  type RegistrationCheck,
  type ServiceCost,
  type ServiceCosts,
} from './types'

type ServiceKey = 'transport' | 'insurance' | 'inlandTransport' | 'technicalInspection' | 'coc' | 'broker'

const SERVICE_LINES: [
  ServiceKey,
  'transport' | 'insurance' | 'inland_transport' | 'technical_inspection' | 'coc' | 'broker',
][] = [
  ['transport', 'transport'],
  ['insurance', 'insurance'],
  ['inlandTransport', 'inland_transport'],
  ['technicalInspection', 'technical_inspection'],
  ['coc', 'coc'],
  ['broker', 'broker'],
]

const AS_PRICED: Bilingual = { en: 'Service cost, as priced', fr: 'Coût de la prestation, tel que chiffré' }

const RTI_RULES = {
  priced: {
    en: 'No EU certificate of conformity: individual approval (RTI) at the DREAL, outcome not guaranteed',
    fr: 'Pas de certificat de conformité européen : réception à titre isolé (RTI) auprès de la DREAL, sans garantie de résultat',
  },
  unpriced: {
    en: 'No EU certificate of conformity: individual approval (RTI) needed, budget not priced yet',
    fr: 'Pas de certificat de conformité européen : réception à titre isolé (RTI) nécessaire, budget pas encore chiffré',
  },
  optional: { en: 'Individual approval (RTI), as priced', fr: 'Réception à titre isolé (RTI), telle que chiffrée' },
} satisfies Record<string, Bilingual>

// Quote lines keep a fixed list of codes; port handling travels as an "other" line until it has its own.
export const PORT_HANDLING = {
  code: 'other:port_handling',
  label: 'Port handling at the EU port of entry',
  labelFr: 'Manutention au port d’entrée dans l’UE',
} as const

/** The flags of a service line: the treatment of its kind, shown on imports only, where it matters. */
function treatmentFields(kind: ServiceKind, cost: ServiceCost, imported: boolean): Partial<LandedCostLine> {
  const treatment = serviceTreatment(kind, cost, imported)
  return imported ? treatment : { vatIncluded: treatment.vatIncluded }
}

function serviceLine(
  code: (typeof SERVICE_LINES)[number][1] | 'rti',
  kind: ServiceKind,
  cost: ServiceCost,
  rule: Bilingual,
  imported: boolean,
): LandedCostLine {
  return {
    code,
    ...labelsOf(code),
    amount: cost.amount,
    ...treatmentFields(kind, cost, imported),
    ...ruleFields(rule),
    sourceIds: [],
  }
}

/**
 * The costs we pass on, as priced by staff, each with how customs and VAT treat it (`imported`: the car
 * enters the EU here); the RTI follows the registration check.
 */
export function serviceLines(
  services: ServiceCosts,
  check: RegistrationCheck,
  warnings: LandedCostWarning[],
  imported: boolean,
): LandedCostLine[] {
  const lines: LandedCostLine[] = []
  for (const [key, code] of SERVICE_LINES) {
    const cost = services[key]
    if (cost) lines.push(serviceLine(code, key, cost, AS_PRICED, imported))
  }
  if (services.portHandling) {
    lines.push({
      ...PORT_HANDLING,
      amount: services.portHandling.amount,
      ...treatmentFields('portHandling', services.portHandling, imported),
      ...ruleFields(AS_PRICED),
      sourceIds: [],
    })
  }
  if (check.rtiRequired) {
    const cost = services.rti ?? { amount: 0, vatIncluded: true }
    lines.push(serviceLine('rti', 'rti', cost, services.rti ? RTI_RULES.priced : RTI_RULES.unpriced, imported))
  } else if (services.rti && check.collectorEligible && !check.cocAvailable) {
    warnings.push(
      warning(
        'rtiReplacedByCollector',
        'RTI cost left out: a collector registration (FFVE or maker attestation) replaces the individual approval.',
        'Coût de la RTI non retenu : l’immatriculation en collection (attestation FFVE ou constructeur) remplace la réception à titre isolé.',
      ),
    )
  } else if (services.rti && !check.cocAvailable) {
    lines.push(serviceLine('rti', 'rti', services.rti, RTI_RULES.optional, imported))
  } else if (services.rti) {
    warnings.push(
      warning(
        'rtiNotNeeded',
        'RTI cost left out: the car has an EU certificate of conformity.',
        'Coût de la RTI non retenu : le véhicule a un certificat de conformité européen.',
      ),
    )
  }
  if (!check.cocAvailable && !check.rtiRequired && !check.collectorEligible && !services.coc) {
    warnings.push(
      warning(
        'cocNotPriced',
        'No COC on file and none priced: add the cost of ordering it from the maker.',
        'Pas de COC au dossier et aucun chiffré : ajoutez le coût de sa commande auprès du constructeur.',
      ),
    )
  }
  for (const other of services.other ?? []) {
    lines.push({
      code: `other:${other.code}`,
      label: other.label,
      labelFr: other.labelFr,
      amount: other.amount,
      ...treatmentFields('other', other, imported),
      ...ruleFields(AS_PRICED),
      sourceIds: [],
    })
  }
  return lines
}
