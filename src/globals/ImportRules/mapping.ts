/**
 * Pure mapping between the `import-rules` global's stored data (`ImportRulesData`) and the domain's
 * `ImportRules`. Reading drops row ids, turns `null` into absent optional fields, dates into
 * 'YYYY-MM-DD' and the CO2 step text into steps; writing does the reverse for `payload.updateGlobal`.
 */
import type { AgeReductionTable, Dated, ImportRules, IsoDate, Sourced, WeightAllowance } from '@/domain/importRules'
import { asMonth } from '@/domain/exchangeRates'
import { fiscalHpGrids } from '@/seed/data/importRulesFr/fiscalHpGrids'
import { formatCo2Steps, parseCo2Steps } from './co2Steps'
import type { DatedData, ImportRulesData, SourcedData, StoredDate } from './data'

export type * from './data'

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/

/**
 * The calendar day of a stored date. The admin's day picker stores noon UTC of the chosen day and the
 * seed writes noon UTC too, so the UTC day is the day meant; a value that is no date is kept as it is
 * for `checkImportRules` to report.
 */
export function toIsoDay(value: StoredDate | null | undefined): IsoDate {
  if (typeof value !== 'string') return ''
  if (ISO_DAY.test(value)) return value
  const time = Date.parse(value)
  return Number.isNaN(time) ? value : new Date(time).toISOString().slice(0, 10)
}

/** Noon UTC: the same calendar day in every time zone the admin may be opened from. */
export function toStoredDate(day: IsoDate): StoredDate {
  return `${day}T12:00:00.000Z`
}

const list = <T>(values: readonly T[] | null | undefined): T[] => [...(values ?? [])]

/** `{ [key]: value }` when the value is set, `{}` otherwise: absent optional fields stay absent. */
function optional<K extends string, V>(key: K, value: V | null | undefined): { [P in K]?: V } {
  return (value === null || value === undefined || value === '' ? {} : { [key]: value }) as { [P in K]?: V }
}

function dated(row: DatedData): Dated {
  return { validFrom: toIsoDay(row.validFrom), ...optional('validTo', row.validTo ? toIsoDay(row.validTo) : null) }
}

function sourced(row: SourcedData): Sourced {
  return { sourceIds: list(row.sourceIds), ...optional('note', row.note) }
}

const meta = (row: DatedData & SourcedData): Dated & Sourced => ({ ...dated(row), ...sourced(row) })

function ageReduction(row: ImportRulesData['ageReduction'][number]): AgeReductionTable {
  if (row.kind === 'months') {
    return {
      kind: 'months',
      bands: list(row.bands).map(({ fromMonth, toMonth, percent }) => ({
        fromMonth,
        toMonth: toMonth ?? null,
        percent,
      })),
      ...meta(row),
    }
  }
  return {
    kind: 'perStartedYear',
    percentPerYear: row.percentPerYear ?? 0,
    maxPercent: row.maxPercent ?? 0,
    ...meta(row),
  }
}

function allowance(row: ImportRulesData['weightMalus']['allowances'][number]): WeightAllowance {
  return {
    energy: row.energy,
    kind: row.kind,
    ...optional('allowanceKg', row.allowanceKg),
    ...optional('maxPercentOfMass', row.maxPercentOfMass),
    ...optional('minElectricRangeKm', row.minElectricRangeKm),
    ...meta(row),
  }
}

/**
 * The domain rules of the stored global. Throws when a CO2 step text does not parse, which the field's
 * validation refuses before anything is stored.
 */
export function toDomainImportRules(data: ImportRulesData): ImportRules {
  const { weightMalus, regionalTax, customsDuty } = data
  return {
    version: data.version,
    currency: 'EUR',
    settings: list(data.settings).map((row) => ({
      gridYearReading: row.gridYearReading,
      idfMajorationReading: row.idfMajorationReading,
      regionalTaxRounding: row.regionalTaxRounding,
      // Rows saved before the reading existed hold none: they meant the default.
      weightBandEdges: row.weightBandEdges ?? 'bothEnds',
      ...meta(row),
    })),
    co2Grids: list(data.co2Grids).map((row, i) => {
      const parsed = parseCo2Steps(row.steps)
      if (!parsed.ok) throw new Error(`co2Grids[${i}] (${row.gridId}): ${parsed.error}`)
      return {
        id: row.gridId,
        year: row.year,
        kind: row.kind,
        steps: parsed.steps,
        capEur: row.capEur,
        capFromG: row.capFromG,
        ...optional('capHalfPriceTtc', row.capHalfPriceTtc || null),
        ...meta(row),
      }
    }),
    // The global has no field for these grids yet: until it does they come from the seed, not the admin.
    fiscalHpGrids: fiscalHpGrids.map((grid) => ({ ...grid, bands: grid.bands.map((band) => ({ ...band })) })),
    co2Exemptions: list(data.co2Exemptions).map((row) => ({ energies: list(row.energies), ...meta(row) })),
    ageReduction: list(data.ageReduction).map(ageReduction),
    weightMalus: {
      notBeforeFirstRegistration: toIsoDay(weightMalus?.notBeforeFirstRegistration),
      notBeforeSourceIds: list(weightMalus?.notBeforeSourceIds),
      grids: list(weightMalus?.grids).map((row) => ({
        id: row.gridId,
        year: row.year,
        bands: list(row.bands).map(({ fromKg, toKg, eurPerKg }) => ({ fromKg, toKg: toKg ?? null, eurPerKg })),
        ...meta(row),
      })),
      allowances: list(weightMalus?.allowances).map(allowance),
    },
    regionalTax: {
      rates: list(regionalTax?.rates).map((row) => ({
        region: row.region,
        ratePerCvCents: row.ratePerCvCents,
        ...meta(row),
      })),
      evPolicies: list(regionalTax?.evPolicies).map((row) => ({
        region: row.region,
        policy: row.policy,
        ...meta(row),
      })),
      evPolicyEnergies: list(regionalTax?.evPolicyEnergies),
      idfMajoration: list(regionalTax?.idfMajoration).map((row) => ({
        perCvCents: row.perCvCents,
        flatCents: row.flatCents,
        ...meta(row),
      })),
      oldVehicle: {
        aboveYears: regionalTax?.oldVehicle?.aboveYears ?? 0,
        percentDue: regionalTax?.oldVehicle?.percentDue ?? 100,
        ...sourced(regionalTax?.oldVehicle ?? { sourceIds: [] }),
      },
    },
    fixedTaxes: list(data.fixedTaxes).map((row) => ({ code: row.code, amountCents: row.amountCents, ...meta(row) })),
    customsDuty: {
      defaultRates: list(customsDuty?.defaultRates).map((row) => ({
        ratePercent: row.ratePercent,
        tariffHeading: row.tariffHeading,
        ...meta(row),
      })),
      preferences: list(customsDuty?.preferences).map((row) => ({
        originCountry: row.originCountry,
        ratePercent: row.ratePercent,
        requiresOriginStatement: Boolean(row.requiresOriginStatement),
        label: row.label,
        labelFr: row.labelFr,
        ...meta(row),
      })),
      countervailing: list(customsDuty?.countervailing).map((row) => ({
        originCountry: row.originCountry,
        energies: list(row.energies),
        newVehiclesOnly: Boolean(row.newVehiclesOnly),
        makers: list(row.makers).map(({ name, aliases, ratePercent }) => ({
          name,
          aliases: list(aliases),
          ratePercent,
        })),
        otherCooperatingMakers: list(row.otherCooperatingMakers),
        otherCooperatingRatePercent: row.otherCooperatingRatePercent,
        allOthersRatePercent: row.allOthersRatePercent,
        ...meta(row),
      })),
    },
    collector: list(data.collector).map((row) => ({
      minAgeYears: row.minAgeYears,
      tariffHeading: row.tariffHeading,
      dutyPercent: row.dutyPercent,
      ...meta(row),
    })),
    vat: list(data.vat).map((row) => ({
      standardPercent: row.standardPercent,
      collectorPercent: row.collectorPercent,
      ...meta(row),
    })),
    newVehicle: list(data.newVehicle).map((row) => ({ maxMonths: row.maxMonths, maxKm: row.maxKm, ...meta(row) })),
    exchangeRates: list(data.exchangeRates).map((row) =>
      asMonth({ currency: row.currency, perEuro: row.perEuro, ...meta({ ...row, validTo: null }) }),
    ),
    sources: list(data.sources).map((row) => ({
      id: row.sourceId,
      title: row.title,
      url: row.url,
      ...optional('alsoAt', row.alsoAt?.length ? list(row.alsoAt) : null),
      readOn: toIsoDay(row.readOn),
    })),
  }
}

// Writing: every optional field is written, `null` when unset, so an update clears what the rules dropped.

function datedData(row: Dated): DatedData {
  return { validFrom: toStoredDate(row.validFrom), validTo: row.validTo ? toStoredDate(row.validTo) : null }
}

function sourcedData(row: Sourced): SourcedData {
  return { sourceIds: [...row.sourceIds], note: row.note ?? null }
}

const metaData = (row: Dated & Sourced): DatedData & SourcedData => ({ ...datedData(row), ...sourcedData(row) })

/** The data `payload.updateGlobal({ slug: 'import-rules', data })` takes for these rules. */
export function fromDomainImportRules(rules: ImportRules): ImportRulesData {
  const { weightMalus, regionalTax, customsDuty } = rules
  return {
    version: rules.version,
    currency: rules.currency,
    settings: rules.settings.map((row) => ({
      gridYearReading: row.gridYearReading,
      idfMajorationReading: row.idfMajorationReading,
      regionalTaxRounding: row.regionalTaxRounding,
      weightBandEdges: row.weightBandEdges,
      ...metaData(row),
    })),
    co2Grids: rules.co2Grids.map((grid) => ({
      gridId: grid.id,
      year: grid.year,
      kind: grid.kind,
      steps: formatCo2Steps(grid.steps),
      capEur: grid.capEur,
      capFromG: grid.capFromG,
      capHalfPriceTtc: grid.capHalfPriceTtc ?? false,
      ...metaData(grid),
    })),
    co2Exemptions: rules.co2Exemptions.map((row) => ({ energies: [...row.energies], ...metaData(row) })),
    ageReduction: rules.ageReduction.map((row) => ({
      kind: row.kind,
      bands: row.kind === 'months' ? row.bands.map((band) => ({ ...band })) : [],
      percentPerYear: row.kind === 'perStartedYear' ? row.percentPerYear : null,
      maxPercent: row.kind === 'perStartedYear' ? row.maxPercent : null,
      ...metaData(row),
    })),
    weightMalus: {
      notBeforeFirstRegistration: toStoredDate(weightMalus.notBeforeFirstRegistration),
      notBeforeSourceIds: [...weightMalus.notBeforeSourceIds],
      grids: weightMalus.grids.map((grid) => ({
        gridId: grid.id,
        year: grid.year,
        bands: grid.bands.map((band) => ({ ...band })),
        ...metaData(grid),
      })),
      allowances: weightMalus.allowances.map((row) => ({
        energy: row.energy,
        kind: row.kind,
        allowanceKg: row.allowanceKg ?? null,
        maxPercentOfMass: row.maxPercentOfMass ?? null,
        minElectricRangeKm: row.minElectricRangeKm ?? null,
        ...metaData(row),
      })),
    },
    regionalTax: {
      rates: regionalTax.rates.map((row) => ({
        region: row.region,
        ratePerCvCents: row.ratePerCvCents,
        ...metaData(row),
      })),
      evPolicies: regionalTax.evPolicies.map((row) => ({ region: row.region, policy: row.policy, ...metaData(row) })),
      evPolicyEnergies: [...regionalTax.evPolicyEnergies],
      idfMajoration: regionalTax.idfMajoration.map((row) => ({
        perCvCents: row.perCvCents,
        flatCents: row.flatCents,
        ...metaData(row),
      })),
      oldVehicle: {
        aboveYears: regionalTax.oldVehicle.aboveYears,
        percentDue: regionalTax.oldVehicle.percentDue,
        ...sourcedData(regionalTax.oldVehicle),
      },
    },
    fixedTaxes: rules.fixedTaxes.map((row) => ({ code: row.code, amountCents: row.amountCents, ...metaData(row) })),
    customsDuty: {
      defaultRates: customsDuty.defaultRates.map((row) => ({
        ratePercent: row.ratePercent,
        tariffHeading: row.tariffHeading,
        ...metaData(row),
      })),
      preferences: customsDuty.preferences.map((row) => ({
        originCountry: row.originCountry,
        ratePercent: row.ratePercent,
        requiresOriginStatement: row.requiresOriginStatement,
        label: row.label,
        labelFr: row.labelFr,
        ...metaData(row),
      })),
      countervailing: customsDuty.countervailing.map((row) => ({
        originCountry: row.originCountry,
        energies: [...row.energies],
        newVehiclesOnly: row.newVehiclesOnly,
        makers: row.makers.map((maker) => ({
          name: maker.name,
          aliases: [...maker.aliases],
          ratePercent: maker.ratePercent,
        })),
        otherCooperatingMakers: [...row.otherCooperatingMakers],
        otherCooperatingRatePercent: row.otherCooperatingRatePercent,
        allOthersRatePercent: row.allOthersRatePercent,
        ...metaData(row),
      })),
    },
    collector: rules.collector.map((row) => ({
      minAgeYears: row.minAgeYears,
      tariffHeading: row.tariffHeading,
      dutyPercent: row.dutyPercent,
      ...metaData(row),
    })),
    vat: rules.vat.map((row) => ({
      standardPercent: row.standardPercent,
      collectorPercent: row.collectorPercent,
      ...metaData(row),
    })),
    newVehicle: rules.newVehicle.map((row) => ({ maxMonths: row.maxMonths, maxKm: row.maxKm, ...metaData(row) })),
    exchangeRates: rules.exchangeRates.map((row) => ({
      currency: row.currency,
      perEuro: row.perEuro,
      validFrom: toStoredDate(row.validFrom),
      ...sourcedData(row),
    })),
    sources: rules.sources.map((source) => ({
      sourceId: source.id,
      title: source.title,
      url: source.url,
      alsoAt: [...(source.alsoAt ?? [])],
      readOn: toStoredDate(source.readOn),
    })),
  }
}
