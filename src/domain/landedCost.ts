/**
 * The full French landed cost of one car, line by line, from the dated rules of `import-rules`
 * (docs/import-rules.md). Every line is in cents, rounded half-up; the maluses are whole euros.
 * When a rule the car needs is missing (a grid, a rate), the answer is a refusal naming the field,
 * never an estimate.
 */
import type { ImportRules } from './importRules'
import { percentOf, sumCents } from './money'
import { CERTIFICATE_CODES } from './priceSections'
import { customsDutyRate, countervailingRate } from './landedCost/customsDuty'
import { inForce } from './landedCost/dated'
import { invalidInput } from './landedCost/invalidInput'
import { labelsOf } from './landedCost/labels'
import { computeMaluses } from './landedCost/maluses'
import { computeRegionalTax } from './landedCost/regionalTax'
import { registrationCheck } from './landedCost/registrationCheck'
import { dateFr, eurCents, eurCentsFr, intFr, pct, pctFr, ruleFields } from './landedCost/ruleText'
import { serviceLines } from './landedCost/services'
import {
  refuse,
  warning,
  type Bilingual,
  type LandedCostBasis,
  type LandedCostInput,
  type LandedCostLine,
  type LandedCostResult,
  type LandedCostWarning,
} from './landedCost/types'
import { netOfVat, vatRegimeOf } from './landedCost/vat'
import { compareDates } from './calendarDate'
import { ageInStartedMonths, collectorRuleOn, isCollectorByAge } from './landedCost/vehicleAge'

export type * from './landedCost/types'
export { registrationCheck, type RegistrationVehicle } from './landedCost/registrationCheck'
export { co2GridAmount, selectCo2Grid } from './landedCost/co2Malus'
export { ageReductionPercent } from './landedCost/ageReduction'
export { taxableMass, weightMalusAmount } from './landedCost/weightMalus'
export { inForce } from './landedCost/dated'

function taxLine(
  code: Parameters<typeof labelsOf>[0],
  amount: number,
  rule: Bilingual,
  extra: Partial<LandedCostLine>,
): LandedCostLine {
  return { code, ...labelsOf(code), amount, ...ruleFields(rule), sourceIds: [], ...extra }
}

/** "… of the customs value €31 950.00", after a duty rule. */
function onCustomsValue(rule: Bilingual, customsValue: number): Bilingual {
  return {
    en: `${rule.en} of the customs value ${eurCents(customsValue)}`,
    fr: `${rule.fr} de la valeur en douane de ${eurCentsFr(customsValue)}`,
  }
}

export function computeLandedCost(input: LandedCostInput, rules: ImportRules): LandedCostResult {
  const invalid = invalidInput(input)
  if (invalid) return invalid
  const date = input.registrationDate
  const settings = inForce(rules.settings, date)
  if (!settings) {
    return refuse(
      'registrationDate',
      `No import-rules settings in force on ${date}.`,
      `Aucun réglage des règles d’import en vigueur le ${dateFr(date)}.`,
    )
  }
  const vat = inForce(rules.vat, date)
  if (!vat) {
    return refuse(
      'registrationDate',
      `No VAT rates in force on ${date}.`,
      `Aucun taux de TVA en vigueur le ${dateFr(date)}.`,
    )
  }

  const warnings: LandedCostWarning[] = []
  const services = input.services ?? {}
  const check = registrationCheck(input, rules, date)
  const ageMonths = ageInStartedMonths(input.firstRegistrationDate, date)
  const collector = check.collectorEligible
  const regime = vatRegimeOf(input.inEuFreeCirculation, check.newVehicleVat, input.sellerType)
  const basis: LandedCostBasis = { ageMonths: check.ageMonths, reductionPercent: 0, collector, vatRegime: regime }

  const lines: LandedCostLine[] = [
    taxLine(
      'vehicle',
      input.vehiclePrice,
      {
        en: `Price paid to the seller (${input.sellerType})`,
        fr: `Prix payé au vendeur (${input.sellerType === 'private' ? 'particulier' : 'professionnel'})`,
      },
      {},
    ),
    ...serviceLines(services, check, warnings, regime === 'import'),
  ]

  // Customs and VAT: read on the day of clearance, which may precede a change in force on registration.
  let vehiclePriceTtc = input.vehiclePrice
  if (regime === 'import') {
    const clearance = input.clearanceDate ?? date
    const vat = inForce(rules.vat, clearance)
    if (!vat) {
      return refuse(
        'clearanceDate',
        `No VAT rates in force on ${clearance}.`,
        `Aucun taux de TVA en vigueur le ${dateFr(clearance)}.`,
      )
    }
    const collector =
      clearance === date
        ? check.collectorEligible
        : (input.isCollector ??
          isCollectorByAge(input.firstRegistrationDate, clearance, collectorRuleOn(rules, clearance)))
    basis.clearanceDate = clearance
    const duty = customsDutyRate(input, rules, collector, clearance)
    if ('ok' in duty) return duty
    const inBase = lines.filter((line) => line.inImportVatBase)
    if (inBase.some((line) => line.vatIncluded)) {
      warnings.push(
        warning(
          'freightWithoutVat',
          'Freight to the first place of delivery is in the import VAT base and is normally invoiced without VAT.',
          'Le transport jusqu’au premier lieu de livraison entre dans la base de la TVA à l’importation ' +
            'et se facture normalement hors TVA.',
        ),
      )
    }
    // Only a line's net amount enters a base: French VAT charged on it is not a cost of the goods.
    const net = (line: LandedCostLine) => netOfVat(line, vat.standardPercent)
    const customsValue = input.vehiclePrice + sumCents(inBase.filter((line) => line.inCustomsValue).map(net))
    const dutyAmount = percentOf(customsValue, duty.ratePercent)
    lines.push(
      taxLine('customs_duty', dutyAmount, onCustomsValue(duty.rule, customsValue), {
        validFrom: duty.validFrom,
        sourceIds: duty.sourceIds,
      }),
    )
    const cvd = countervailingRate(input, rules, clearance)
    const cvdAmount = cvd ? percentOf(customsValue, cvd.ratePercent) : 0
    if (cvd) {
      lines.push(
        taxLine('countervailing_duty', cvdAmount, onCustomsValue(cvd.rule, customsValue), {
          validFrom: cvd.validFrom,
          sourceIds: cvd.sourceIds,
        }),
      )
    }
    const inland = sumCents(inBase.filter((line) => !line.inCustomsValue).map(net))
    const vatBase = customsValue + dutyAmount + cvdAmount + inland
    // The reduced rate is the collector rule's: its sources, not the standard rate's, justify it.
    const collectorRule = collectorRuleOn(rules, clearance)
    const vatPercent = collector ? vat.collectorPercent : vat.standardPercent
    const importVat = percentOf(vatBase, vatPercent)
    lines.push(
      taxLine(
        'import_vat',
        importVat,
        {
          en:
            `${pct(vatPercent)}${collector ? ' (collector car)' : ''} × (customs value ${eurCents(customsValue)} + duties ` +
            `${eurCents(dutyAmount + cvdAmount)} + delivery in France ${eurCents(inland)}) = ${pct(vatPercent)} × ${eurCents(vatBase)}`,
          fr:
            `${pctFr(vatPercent)}${collector ? ' (véhicule de collection)' : ''} × (valeur en douane ` +
            `${eurCentsFr(customsValue)} + droits ${eurCentsFr(dutyAmount + cvdAmount)} + acheminement en France ` +
            `${eurCentsFr(inland)}) = ${pctFr(vatPercent)} × ${eurCentsFr(vatBase)}`,
        },
        collector && collectorRule
          ? {
              validFrom:
                compareDates(collectorRule.validFrom, vat.validFrom) > 0 ? collectorRule.validFrom : vat.validFrom,
              sourceIds: [...vat.sourceIds, ...collectorRule.sourceIds],
            }
          : { validFrom: vat.validFrom, sourceIds: vat.sourceIds },
      ),
    )
    vehiclePriceTtc += percentOf(input.vehiclePrice, vatPercent)
    basis.customsValue = customsValue
    basis.importVatBase = vatBase
  } else if (regime === 'eu_new_vehicle') {
    const threshold = inForce(rules.newVehicle, date)
    const vatAmount = percentOf(input.vehiclePrice, vat.standardPercent)
    lines.push(
      taxLine(
        'vat_new_vehicle',
        vatAmount,
        {
          en:
            `New means of transport from the EU (${threshold?.maxMonths} months or less, or ${threshold?.maxKm} km or less): ` +
            `French VAT ${pct(vat.standardPercent)} on the price excl. VAT ${eurCents(input.vehiclePrice)}`,
          fr:
            `Moyen de transport neuf acquis dans l’UE (${threshold?.maxMonths ?? '?'} mois ou moins, ou ` +
            `${threshold ? intFr(threshold.maxKm) : '?'} km ou moins) : TVA française ${pctFr(vat.standardPercent)} ` +
            `sur le prix hors TVA de ${eurCentsFr(input.vehiclePrice)}`,
        },
        { validFrom: vat.validFrom, sourceIds: [...(threshold?.sourceIds ?? []), ...vat.sourceIds] },
      ),
    )
    vehiclePriceTtc += vatAmount
  }

  // Maluses
  // No COC and an RTI to pass: without a CO2 figure the car can only be one without EU type approval.
  const co2Known = input.co2GKm != null || input.co2NedcGKm != null
  const euTypeApproved = input.euTypeApproval ?? !(check.rtiRequired && !co2Known)
  if (input.euTypeApproval == null && check.rtiRequired && co2Known) {
    warnings.push(
      warning(
        'typeApprovalUnknown',
        'No COC: the malus is read on CO2. If the car has no EU type approval it is charged on fiscal horsepower instead.',
        'Pas de COC : le malus est calculé sur le CO2. Sans réception européenne, il l’est sur la puissance fiscale.',
      ),
    )
  }
  const maluses = computeMaluses({ input, rules, settings, ageMonths, vehiclePriceTtc, euTypeApproved })
  if ('ok' in maluses) return maluses
  lines.push(maluses.co2, maluses.weight)
  warnings.push(...maluses.warnings)
  basis.reductionPercent = maluses.reductionPercent
  basis.co2GridId = maluses.co2GridId
  basis.weightGridId = maluses.weightGridId

  // Registration certificate
  const regional = computeRegionalTax(input, rules, settings)
  if ('ok' in regional) return regional
  lines.push(regional)
  for (const code of ['y4', 'y5'] as const) {
    const fixed = inForce(
      rules.fixedTaxes.filter((row) => row.code === code),
      date,
    )
    if (!fixed) {
      return refuse(
        'registrationDate',
        `No ${code.toUpperCase()} amount in force on ${date}.`,
        `Aucun montant ${code.toUpperCase()} en vigueur le ${dateFr(date)}.`,
      )
    }
    const amount = fixed.amountCents
    lines.push(
      taxLine(
        code,
        amount,
        { en: `Fixed amount ${eurCents(amount)}`, fr: `Montant forfaitaire ${eurCentsFr(amount)}` },
        {
          validFrom: fixed.validFrom,
          sourceIds: fixed.sourceIds,
        },
      ),
    )
  }

  return {
    ok: true,
    currency: 'EUR',
    lines: lines.map((line) => ({ ...line, sourceIds: [...new Set(line.sourceIds)] })),
    total: sumCents(lines.map((line) => line.amount)),
    y6: sumCents(lines.filter((line) => CERTIFICATE_CODES.has(line.code)).map((line) => line.amount)),
    registrationCheck: check,
    basis,
    warnings,
  }
}
