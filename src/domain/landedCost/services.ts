import { labelsOf } from './labels'
import type { LandedCostLine, RegistrationCheck, ServiceCost, ServiceCosts } from './types'

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

function serviceLine(code: (typeof SERVICE_LINES)[number][1] | 'rti', cost: ServiceCost, rule: string): LandedCostLine {
  return { code, ...labelsOf(code), amount: cost.amount, vatIncluded: cost.vatIncluded ?? true, rule, sourceIds: [] }
}

/** The costs we pass on, as priced by staff; the RTI follows the registration check. */
export function serviceLines(services: ServiceCosts, check: RegistrationCheck, warnings: string[]): LandedCostLine[] {
  const lines: LandedCostLine[] = []
  for (const [key, code] of SERVICE_LINES) {
    const cost = services[key]
    if (cost) lines.push(serviceLine(code, cost, 'Service cost, as priced'))
  }
  if (check.rtiRequired) {
    const cost = services.rti ?? { amount: 0, vatIncluded: true }
    const rule = services.rti
      ? 'No EU certificate of conformity: individual approval (RTI) at the DREAL, outcome not guaranteed'
      : 'No EU certificate of conformity: individual approval (RTI) needed, budget not priced yet'
    lines.push(serviceLine('rti', cost, rule))
  } else if (services.rti && !check.cocAvailable) {
    lines.push(serviceLine('rti', services.rti, 'Individual approval (RTI), as priced'))
  } else if (services.rti) {
    warnings.push('RTI cost left out: the car has an EU certificate of conformity.')
  }
  if (!check.cocAvailable && !check.rtiRequired && !check.collectorEligible && !services.coc) {
    warnings.push('No COC on file and none priced: add the cost of ordering it from the maker.')
  }
  for (const other of services.other ?? []) {
    lines.push({
      code: `other:${other.code}`,
      label: other.label,
      labelFr: other.labelFr,
      amount: other.amount,
      vatIncluded: other.vatIncluded ?? true,
      rule: 'Service cost, as priced',
      sourceIds: [],
    })
  }
  return lines
}
