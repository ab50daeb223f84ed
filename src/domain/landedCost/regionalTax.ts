import { addYears, compareDates } from '../calendarDate'
import type { EvPolicy, ImportRuleSettings, ImportRules } from '../importRules'
import { percentOf, roundCentsToEuro } from '../money'
import { regionName } from '../regions'
import { inForce } from './dated'
import { labelsOf } from './labels'
import { eurCents } from './ruleText'
import { refuse, type LandedCostInput, type LandedCostLine, type Refusal } from './types'

const EV_PERCENT: Record<EvPolicy, number> = { full: 100, half: 50, zero: 0 }

/** Y.1: fiscal horsepower × the region's rate on the registration date, with the EV and age reliefs. */
export function computeRegionalTax(
  input: LandedCostInput,
  rules: ImportRules,
  settings: ImportRuleSettings,
): LandedCostLine | Refusal {
  const { region } = input.destination
  const date = input.registrationDate
  const tax = rules.regionalTax
  const rate = inForce(
    tax.rates.filter((row) => row.region === region),
    date,
  )
  if (!rate)
    return refuse('destination.region', `No regional tax rate for ${regionName(region)} on ${date} in import-rules.`)

  const sourceIds = [...rate.sourceIds]
  let perCv = rate.ratePerCvCents
  let flat = 0
  let rateText = `${regionName(region)} ${eurCents(rate.ratePerCvCents)}`
  const majoration = region === 'IDF' ? inForce(tax.idfMajoration, date) : undefined
  if (majoration) {
    sourceIds.push(...majoration.sourceIds)
    if (settings.idfMajorationReading === 'perCv') {
      perCv += majoration.perCvCents
      rateText += ` + IDFM ${eurCents(majoration.perCvCents)}`
    } else {
      flat = majoration.flatCents
    }
  }
  let rule = `${rateText} per CV × ${input.fiscalHp} CV`
  if (flat) rule += ` + IDFM flat ${eurCents(flat)}`

  let percentDue = 100
  if (tax.evPolicyEnergies.includes(input.energy)) {
    const policy = inForce(
      tax.evPolicies.filter((row) => row.region === region),
      date,
    )
    if (!policy) return refuse('destination.region', `No EV regional-tax policy for ${regionName(region)} on ${date}.`)
    sourceIds.push(...policy.sourceIds)
    percentDue = EV_PERCENT[policy.policy]
    rule += `, EV: the region charges ${policy.policy === 'zero' ? 'nothing' : policy.policy === 'half' ? 'half' : 'the full rate'}`
  }
  const first = input.firstRegistrationDate
  if (first && compareDates(date, addYears(first, tax.oldVehicle.aboveYears)) > 0 && percentDue > 0) {
    percentDue = (percentDue * tax.oldVehicle.percentDue) / 100
    sourceIds.push(...tax.oldVehicle.sourceIds)
    rule += `, over ${tax.oldVehicle.aboveYears} years old: ${tax.oldVehicle.percentDue} % due`
  }

  let amount = percentOf(input.fiscalHp * perCv + flat, percentDue)
  if (settings.regionalTaxRounding === 'R-Y6') {
    amount = roundCentsToEuro(amount)
    rule += ', rounded to the euro (R-Y6 reading)'
  }
  return {
    code: 'regional_tax',
    ...labelsOf('regional_tax'),
    amount,
    rule: `${rule} = ${eurCents(amount)}`,
    validFrom: rate.validFrom,
    sourceIds,
  }
}
