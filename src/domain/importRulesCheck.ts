/**
 * Consistency checks for an `import-rules` document, for the global's validation and for the seed's
 * tests: a typo in a grid or a dangling source id would otherwise surface as a wrong quote.
 */
import { compareDates, isIsoDate } from './calendarDate'
import { parseRate } from './currencies'
import type { Co2Grid, Dated, ExchangeRate, ImportRules, Sourced } from './importRules'

function datedProblems(where: string, rows: readonly Dated[]): string[] {
  const problems: string[] = []
  rows.forEach((row, i) => {
    if (!isIsoDate(row.validFrom)) problems.push(`${where}[${i}]: validFrom is not a date`)
    if (row.validTo && (!isIsoDate(row.validTo) || compareDates(row.validTo, row.validFrom) < 0)) {
      problems.push(`${where}[${i}]: validTo is not a date on or after validFrom`)
    }
  })
  const sorted = [...rows].sort((a, b) => compareDates(a.validFrom, b.validFrom))
  for (let i = 1; i < sorted.length; i++) {
    const previous = sorted[i - 1]
    if (!previous.validTo || compareDates(previous.validTo, sorted[i].validFrom) >= 0) {
      problems.push(`${where}: rows from ${previous.validFrom} and ${sorted[i].validFrom} overlap`)
    }
  }
  return problems
}

function gridProblems(grid: Co2Grid): string[] {
  const problems: string[] = []
  grid.steps.forEach((step, i) => {
    if (!Number.isInteger(step.eur) || step.eur < 0) problems.push(`${grid.id}: ${step.g} g has a bad amount`)
    if (i === 0) return
    const previous = grid.steps[i - 1]
    if (step.g !== previous.g + 1) problems.push(`${grid.id}: gap or disorder after ${previous.g} g`)
    if (step.eur < previous.eur) problems.push(`${grid.id}: ${step.g} g costs less than ${previous.g} g`)
  })
  const last = grid.steps.at(-1)
  if (last && (last.g >= grid.capFromG || last.eur > grid.capEur)) problems.push(`${grid.id}: steps run past the cap`)
  return problems
}

function group<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>()
  for (const row of rows) groups.set(key(row), [...(groups.get(key(row)) ?? []), row])
  return groups
}

/** How a problem names an exchange-rate row: "exchange JPY 2026-12-01". */
export const exchangeLabel = (row: ExchangeRate) => `exchange ${row.currency} ${row.validFrom}`

export function checkImportRules(rules: ImportRules): string[] {
  const problems: string[] = []
  const known = new Set(rules.sources.map((source) => source.id))
  const sourced: [string, Sourced][] = [
    ...rules.settings.map((row, i) => [`settings[${i}]`, row] as [string, Sourced]),
    ...rules.co2Grids.map((row) => [row.id, row] as [string, Sourced]),
    ...(rules.fiscalHpGrids ?? []).map((row) => [row.id, row] as [string, Sourced]),
    ...rules.co2Exemptions.map((row, i) => [`co2Exemptions[${i}]`, row] as [string, Sourced]),
    ...rules.ageReduction.map((row, i) => [`ageReduction[${i}]`, row] as [string, Sourced]),
    ...rules.weightMalus.grids.map((row) => [`weight ${row.id}`, row] as [string, Sourced]),
    ...rules.weightMalus.allowances.map((row, i) => [`allowances[${i}]`, row] as [string, Sourced]),
    ...rules.regionalTax.rates.map((row) => [`rate ${row.region} ${row.validFrom}`, row] as [string, Sourced]),
    ...rules.regionalTax.evPolicies.map((row) => [`EV ${row.region} ${row.validFrom}`, row] as [string, Sourced]),
    ...rules.regionalTax.idfMajoration.map((row) => [`IDF ${row.validFrom}`, row] as [string, Sourced]),
    ['regionalTax.oldVehicle', rules.regionalTax.oldVehicle],
    ...rules.fixedTaxes.map((row) => [row.code, row] as [string, Sourced]),
    ...rules.customsDuty.defaultRates.map((row, i) => [`defaultRates[${i}]`, row] as [string, Sourced]),
    ...rules.customsDuty.preferences.map((row) => [`preference ${row.originCountry}`, row] as [string, Sourced]),
    ...rules.customsDuty.countervailing.map((row, i) => [`countervailing[${i}]`, row] as [string, Sourced]),
    ...rules.collector.map((row, i) => [`collector[${i}]`, row] as [string, Sourced]),
    ...rules.vat.map((row, i) => [`vat[${i}]`, row] as [string, Sourced]),
    ...rules.newVehicle.map((row, i) => [`newVehicle[${i}]`, row] as [string, Sourced]),
    ...rules.exchangeRates.map((row) => [exchangeLabel(row), row] as [string, Sourced]),
  ]
  for (const [where, row] of sourced) {
    if (row.sourceIds.length === 0) problems.push(`${where}: no source`)
    for (const id of row.sourceIds) if (!known.has(id)) problems.push(`${where}: unknown source ${id}`)
  }
  for (const id of rules.weightMalus.notBeforeSourceIds) {
    if (!known.has(id)) problems.push(`weightMalus.notBefore: unknown source ${id}`)
  }

  rules.co2Grids.forEach((grid) => problems.push(...gridProblems(grid)))
  for (const [kind, grids] of group(rules.co2Grids, (grid) => grid.kind))
    problems.push(...datedProblems(`co2Grids ${kind}`, grids))
  problems.push(...datedProblems('fiscalHpGrids', rules.fiscalHpGrids ?? []))
  problems.push(...datedProblems('settings', rules.settings))
  problems.push(...datedProblems('ageReduction', rules.ageReduction))
  problems.push(...datedProblems('weightMalus.grids', rules.weightMalus.grids))
  for (const [region, rows] of group(rules.regionalTax.rates, (row) => row.region))
    problems.push(...datedProblems(`rates ${region}`, rows))
  for (const [region, rows] of group(rules.regionalTax.evPolicies, (row) => row.region)) {
    problems.push(...datedProblems(`evPolicies ${region}`, rows))
  }
  problems.push(...datedProblems('idfMajoration', rules.regionalTax.idfMajoration))
  for (const [code, rows] of group(rules.fixedTaxes, (row) => row.code)) problems.push(...datedProblems(code, rows))
  problems.push(...datedProblems('vat', rules.vat))
  for (const row of rules.exchangeRates) {
    if (!parseRate(row.perEuro)) problems.push(`${exchangeLabel(row)}: perEuro is not a positive decimal number`)
    if (isIsoDate(row.validFrom) && !row.validFrom.endsWith('-01')) {
      problems.push(`${exchangeLabel(row)}: validFrom is not the first day of a month`)
    }
  }
  for (const [currency, rows] of group(rules.exchangeRates, (row) => row.currency))
    problems.push(...datedProblems(`exchangeRates ${currency}`, rows))
  return problems
}
