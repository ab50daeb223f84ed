/**
 * Where in the global's form a `checkImportRules` problem belongs, so the admin can mark the field. The
 * labels below are those `checkImportRules` writes; a problem it words differently falls back to no
 * path and is still shown, whole, in the error message.
 */
import type { Dated, ImportRules, Sourced } from '@/domain/importRules'
import { exchangeLabel } from '@/domain/importRulesCheck'

type Row = Dated & Sourced

interface Table<T extends Row> {
  path: string
  rows: readonly T[]
  /** How `checkImportRules` names a row when it reports its sources. */
  label: (row: T, index: number) => string
  /** How it names the rows it checks for dates together, when it does. */
  datedGroup?: (row: T) => string
}

const table = <T extends Row>(t: Table<T>): Table<Row> => t as unknown as Table<Row>

function tablesOf(rules: ImportRules): Table<Row>[] {
  return [
    table({ path: 'settings', rows: rules.settings, label: (_, i) => `settings[${i}]`, datedGroup: () => 'settings' }),
    table({
      path: 'co2Grids',
      rows: rules.co2Grids,
      label: (row) => row.id,
      datedGroup: (row) => `co2Grids ${row.kind}`,
    }),
    table({ path: 'co2Exemptions', rows: rules.co2Exemptions, label: (_, i) => `co2Exemptions[${i}]` }),
    table({
      path: 'ageReduction',
      rows: rules.ageReduction,
      label: (_, i) => `ageReduction[${i}]`,
      datedGroup: () => 'ageReduction',
    }),
    table({
      path: 'weightMalus.grids',
      rows: rules.weightMalus.grids,
      label: (row) => `weight ${row.id}`,
      datedGroup: () => 'weightMalus.grids',
    }),
    table({ path: 'weightMalus.allowances', rows: rules.weightMalus.allowances, label: (_, i) => `allowances[${i}]` }),
    table({
      path: 'regionalTax.rates',
      rows: rules.regionalTax.rates,
      label: (row) => `rate ${row.region} ${row.validFrom}`,
      datedGroup: (row) => `rates ${row.region}`,
    }),
    table({
      path: 'regionalTax.evPolicies',
      rows: rules.regionalTax.evPolicies,
      label: (row) => `EV ${row.region} ${row.validFrom}`,
      datedGroup: (row) => `evPolicies ${row.region}`,
    }),
    table({
      path: 'regionalTax.idfMajoration',
      rows: rules.regionalTax.idfMajoration,
      label: (row) => `IDF ${row.validFrom}`,
      datedGroup: () => 'idfMajoration',
    }),
    table({ path: 'fixedTaxes', rows: rules.fixedTaxes, label: (row) => row.code, datedGroup: (row) => row.code }),
    table({
      path: 'customsDuty.defaultRates',
      rows: rules.customsDuty.defaultRates,
      label: (_, i) => `defaultRates[${i}]`,
    }),
    table({
      path: 'customsDuty.preferences',
      rows: rules.customsDuty.preferences,
      label: (row) => `preference ${row.originCountry}`,
    }),
    table({
      path: 'customsDuty.countervailing',
      rows: rules.customsDuty.countervailing,
      label: (_, i) => `countervailing[${i}]`,
    }),
    table({ path: 'collector', rows: rules.collector, label: (_, i) => `collector[${i}]` }),
    table({ path: 'vat', rows: rules.vat, label: (_, i) => `vat[${i}]`, datedGroup: () => 'vat' }),
    table({ path: 'newVehicle', rows: rules.newVehicle, label: (_, i) => `newVehicle[${i}]` }),
    table({
      path: 'exchangeRates',
      rows: rules.exchangeRates,
      label: exchangeLabel,
      datedGroup: (row) => `exchangeRates ${row.currency}`,
    }),
  ]
}

function fieldOf(text: string): string | null {
  if (/source/.test(text)) return 'sourceIds'
  if (/^perEuro/.test(text)) return 'perEuro'
  if (/^validFrom|overlap/.test(text)) return 'validFrom'
  if (/^validTo/.test(text)) return 'validTo'
  if (/past the cap/.test(text)) return 'capFromG'
  if (/ g (has a bad amount|costs less)|gap or disorder/.test(text)) return 'steps'
  return null
}

/** A function giving the form path ('co2Grids.3.steps') of each problem of these rules, or '' if unknown. */
export function problemPaths(rules: ImportRules): (problem: string) => string {
  const rowPaths = new Map<string, string>([
    ['regionalTax.oldVehicle', 'regionalTax.oldVehicle'],
    ['weightMalus.notBefore', 'weightMalus'],
  ])
  const groups = new Map<string, { validFrom: string; path: string }[]>()
  for (const { path, rows, label, datedGroup } of tablesOf(rules)) {
    rows.forEach((row, index) => {
      const rowPath = `${path}.${index}`
      if (!rowPaths.has(label(row, index))) rowPaths.set(label(row, index), rowPath)
      if (!datedGroup) return
      const group = groups.get(datedGroup(row)) ?? []
      if (!rowPaths.has(`${datedGroup(row)}[${group.length}]`))
        rowPaths.set(`${datedGroup(row)}[${group.length}]`, rowPath)
      groups.set(datedGroup(row), [...group, { validFrom: row.validFrom, path: rowPath }])
    })
  }

  return (problem) => {
    const split = problem.indexOf(': ')
    if (split < 0) return ''
    const where = problem.slice(0, split)
    const text = problem.slice(split + 2)
    if (where === 'weightMalus.notBefore') return 'weightMalus.notBeforeSourceIds'
    const overlap = /^rows from \S+ and (\S+) overlap$/.exec(text)
    const rowPath = overlap ? groups.get(where)?.find((row) => row.validFrom === overlap[1])?.path : rowPaths.get(where)
    if (!rowPath) return ''
    const field = fieldOf(text)
    return field ? `${rowPath}.${field}` : rowPath
  }
}
