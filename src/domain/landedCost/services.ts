import { labelsOf } from './labels'
import { ruleFields } from './ruleText'
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

function serviceLine(
  code: (typeof SERVICE_LINES)[number][1] | 'rti',
  cost: ServiceCost,
  rule: Bilingual,
): LandedCostLine {
  return {
    code,
    ...labelsOf(code),
    amount: cost.amount,
    vatIncluded: cost.vatIncluded ?? true,
    ...ruleFields(rule),
    sourceIds: [],
  }
}

/** The costs we pass on, as priced by staff; the RTI follows the registration check. */
export function serviceLines(
  services: ServiceCosts,
  check: RegistrationCheck,
  warnings: LandedCostWarning[],
): LandedCostLine[] {
  const lines: LandedCostLine[] = []
  for (const [key, code] of SERVICE_LINES) {
    const cost = services[key]
    if (cost) lines.push(serviceLine(code, cost, AS_PRICED))
  }
  if (check.rtiRequired) {
    const cost = services.rti ?? { amount: 0, vatIncluded: true }
    lines.push(serviceLine('rti', cost, services.rti ? RTI_RULES.priced : RTI_RULES.unpriced))
  } else if (services.rti && !check.cocAvailable) {
    lines.push(serviceLine('rti', services.rti, RTI_RULES.optional))
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
      vatIncluded: other.vatIncluded ?? true,
      ...ruleFields(AS_PRICED),
      sourceIds: [],
    })
  }
  return lines
}
