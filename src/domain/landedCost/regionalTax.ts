import { addYears, compareDates } from '../calendarDate'
import type { EvPolicy, ImportRuleSettings, ImportRules } from '../importRules'
import { percentOf, roundCentsToEuro } from '../money'
import { regionName } from '../regions'
import { inForce } from './dated'
import { labelsOf } from './labels'
import { append, dateFr, eurCents, eurCentsFr, pct, pctFr, ruleFields } from './ruleText'
import { refuse, type Bilingual, type LandedCostInput, type LandedCostLine, type Refusal } from './types'

const EV_PERCENT: Record<EvPolicy, number> = { full: 100, half: 50, zero: 0 }

const EV_TEXT: Record<EvPolicy, Bilingual> = {
  full: { en: ', EV: the region charges the full rate', fr: ', VE : plein tarif dans cette région' },
  half: { en: ', EV: the region charges half', fr: ', VE : demi-tarif dans cette région' },
  zero: { en: ', EV: the region charges nothing', fr: ', VE : exonéré par la région' },
}

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
  if (!rate) {
    return refuse(
      'destination.region',
      `No regional tax rate for ${regionName(region)} on ${date} in import-rules.`,
      `Aucun tarif de taxe régionale pour la région ${regionName(region)} le ${dateFr(date)} dans les règles d’import.`,
    )
  }

  const sourceIds = [...rate.sourceIds]
  // The line's amount holds from the day the last of its rules took effect (a surcharge, an EV choice).
  let validFrom = rate.validFrom
  const since = (day: string) => {
    if (compareDates(day, validFrom) > 0) validFrom = day
  }
  let perCv = rate.ratePerCvCents
  let flat = 0
  let rateText: Bilingual = {
    en: `${regionName(region)} ${eurCents(rate.ratePerCvCents)}`,
    fr: `${regionName(region)} ${eurCentsFr(rate.ratePerCvCents)}`,
  }
  const majoration = region === 'IDF' ? inForce(tax.idfMajoration, date) : undefined
  if (majoration) {
    sourceIds.push(...majoration.sourceIds)
    since(majoration.validFrom)
    if (settings.idfMajorationReading === 'perCv') {
      perCv += majoration.perCvCents
      rateText = append(rateText, {
        en: ` + IDFM ${eurCents(majoration.perCvCents)}`,
        fr: ` + IDFM ${eurCentsFr(majoration.perCvCents)}`,
      })
    } else {
      flat = majoration.flatCents
    }
  }
  let rule: Bilingual = {
    en: `${rateText.en} per CV × ${input.fiscalHp} CV`,
    fr: `${rateText.fr} par CV × ${input.fiscalHp} CV`,
  }
  if (flat) rule = append(rule, { en: ` + IDFM flat ${eurCents(flat)}`, fr: ` + forfait IDFM ${eurCentsFr(flat)}` })

  let percentDue = 100
  if (tax.evPolicyEnergies.includes(input.energy)) {
    const policy = inForce(
      tax.evPolicies.filter((row) => row.region === region),
      date,
    )
    if (!policy) {
      return refuse(
        'destination.region',
        `No EV regional-tax policy for ${regionName(region)} on ${date}.`,
        `Aucune règle de taxe régionale des VE pour la région ${regionName(region)} le ${dateFr(date)}.`,
      )
    }
    sourceIds.push(...policy.sourceIds)
    since(policy.validFrom)
    percentDue = EV_PERCENT[policy.policy]
    rule = append(rule, EV_TEXT[policy.policy])
  }
  const first = input.firstRegistrationDate
  if (first && compareDates(date, addYears(first, tax.oldVehicle.aboveYears)) > 0 && percentDue > 0) {
    percentDue = (percentDue * tax.oldVehicle.percentDue) / 100
    sourceIds.push(...tax.oldVehicle.sourceIds)
    rule = append(rule, {
      en: `, over ${tax.oldVehicle.aboveYears} years old: ${pct(tax.oldVehicle.percentDue)} due`,
      fr: `, plus de ${tax.oldVehicle.aboveYears} ans : ${pctFr(tax.oldVehicle.percentDue)} dus`,
    })
  }

  let amount = percentOf(input.fiscalHp * perCv + flat, percentDue)
  if (settings.regionalTaxRounding === 'R-Y6') {
    amount = roundCentsToEuro(amount)
    rule = append(rule, { en: ', rounded to the euro (R-Y6 reading)', fr: ', arrondi à l’euro (lecture R-Y6)' })
  }
  return {
    code: 'regional_tax',
    ...labelsOf('regional_tax'),
    amount,
    ...ruleFields({ en: `${rule.en} = ${eurCents(amount)}`, fr: `${rule.fr} = ${eurCentsFr(amount)}` }),
    validFrom,
    sourceIds,
  }
}
