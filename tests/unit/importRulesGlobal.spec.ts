import type { ArrayField, Field, GlobalConfig, PayloadRequest, SanitizedGlobalConfig, TextareaField } from 'payload'
import { ValidationError } from 'payload'
import { describe, expect, it } from 'vitest'

import { checkImportRules } from '@/domain/importRulesCheck'
import { ImportRules } from '@/globals/ImportRules'
import { formatCo2Steps, parseCo2Steps } from '@/globals/ImportRules/co2Steps'
import { refuseInconsistentRules } from '@/globals/ImportRules/hooks/refuseInconsistentRules'
import {
  fromDomainImportRules,
  toDomainImportRules,
  toIsoDay,
  type ImportRulesData,
} from '@/globals/ImportRules/mapping'
import { importRulesFr } from '@/seed/data/importRulesFr'

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * What Payload hands back after storing `data`: array rows with ids, dates as timestamps (here midnight
 * UTC, as a date written without a time comes back), unset values and empty lists as null.
 */
function asStored(data: ImportRulesData): ImportRulesData {
  let next = 0
  const walk = (value: unknown): unknown => {
    if (value === undefined) return null
    if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value)) return `${value.slice(0, 10)}T00:00:00.000Z`
    if (Array.isArray(value)) {
      if (value.length === 0) return null
      return value.map((item) => (isObject(item) ? { id: `row${++next}`, ...(walk(item) as object) } : walk(item)))
    }
    if (isObject(value)) return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, walk(item)]))
    return value
  }
  return {
    ...(walk(data) as ImportRulesData),
    id: 'global-id',
    globalType: 'import-rules',
    updatedAt: '2026-11-25T10:00:00.000Z',
    createdAt: '2026-11-25T10:00:00.000Z',
  } as ImportRulesData
}

describe('import-rules global mapping', () => {
  const data = fromDomainImportRules(importRulesFr)
  const stored = asStored(data)

  it('writes the shape the global stores', () => {
    expect(data.sources[0]).toMatchObject({ sourceId: 'S1', readOn: '2026-11-25T12:00:00.000Z' })
    const grid = data.co2Grids.find((row) => row.gridId === '2026-WLTP')
    expect(grid?.steps.startsWith('108:50 109:75 110:100')).toBe(true)
    expect(grid).toMatchObject({
      validFrom: '2026-01-01T12:00:00.000Z',
      validTo: '2026-12-31T12:00:00.000Z',
      note: null,
    })
    expect(data.ageReduction[0]).toMatchObject({
      kind: 'perStartedYear',
      bands: [],
      percentPerYear: 10,
      maxPercent: 100,
    })
    expect(data.weightMalus.allowances[0]).toMatchObject({ allowanceKg: null, maxPercentOfMass: null, validTo: null })
    expect(JSON.stringify(data)).not.toContain('"id"')
  })

  it('reads back exactly the seed from the stored shape', () => {
    expect(stored.co2Grids[0].id).toBeDefined()
    expect(stored.customsDuty.countervailing[0].otherCooperatingMakers).toBeNull()
    expect(toDomainImportRules(stored)).toStrictEqual(importRulesFr)
    expect(toDomainImportRules(data)).toStrictEqual(importRulesFr)
  })

  it('gives rules that pass checkImportRules', () => {
    expect(checkImportRules(toDomainImportRules(stored))).toEqual([])
  })

  it('normalises stored dates to calendar days', () => {
    expect(toIsoDay('2025-03-01T00:00:00.000Z')).toBe('2025-03-01')
    expect(toIsoDay('2025-03-01T12:00:00.000Z')).toBe('2025-03-01')
    expect(toIsoDay('2025-03-01')).toBe('2025-03-01')
    expect(toIsoDay(null)).toBe('')
    expect(toIsoDay('soon')).toBe('soon')
  })
})

describe('CO2 step text', () => {
  it('accepts grams:euros pairs separated by spaces, commas, semicolons and new lines', () => {
    const parsed = parseCo2Steps('113:50 114:75,115:100\n116 : 125;\r\n  117:150  ')
    expect(parsed).toEqual({
      ok: true,
      steps: [
        { g: 113, eur: 50 },
        { g: 114, eur: 75 },
        { g: 115, eur: 100 },
        { g: 116, eur: 125 },
        { g: 117, eur: 150 },
      ],
    })
  })

  it('refuses a bad token and names it', () => {
    for (const token of ['114-75', '114:7.5', '114:x', 'abc', '114:75€', '114']) {
      const parsed = parseCo2Steps(`113:50 ${token} 115:100`)
      expect(parsed.ok).toBe(false)
      if (!parsed.ok) expect(parsed.error).toContain(`"${token}"`)
    }
    expect(parseCo2Steps('  ')).toMatchObject({ ok: false })
    expect(parseCo2Steps(null)).toMatchObject({ ok: false })
  })

  it('formats steps that parse back to the same table', () => {
    for (const grid of importRulesFr.co2Grids) {
      expect(parseCo2Steps(formatCo2Steps(grid.steps))).toEqual({ ok: true, steps: grid.steps })
    }
  })
})

function findField(fields: Field[], name: string): Field | undefined {
  for (const field of fields) {
    if ('name' in field && field.name === name) return field
    const children =
      field.type === 'tabs' ? field.tabs.flatMap((tab) => tab.fields) : 'fields' in field ? field.fields : []
    const found = findField(children, name)
    if (found) return found
  }
  return undefined
}

function allFields(fields: Field[]): Field[] {
  return fields.flatMap((field) => [
    field,
    ...allFields(
      field.type === 'tabs' ? field.tabs.flatMap((tab) => tab.fields) : 'fields' in field ? field.fields : [],
    ),
  ])
}

describe('import-rules global config', () => {
  const config: GlobalConfig = ImportRules
  const user = (role: string, collection = 'users') => ({ req: { user: { id: 'u1', role, collection } } }) as never

  it('is public to read and written by admin and sales only', () => {
    expect(config.slug).toBe('import-rules')
    expect(config.access?.read?.({ req: { user: null } } as never)).toBe(true)
    const update = config.access?.update
    expect(update?.(user('admin'))).toBe(true)
    expect(update?.(user('sales'))).toBe(true)
    expect(update?.(user('marketing'))).toBe(false)
    expect(update?.(user('sales', 'customers'))).toBe(false)
    expect(update?.({ req: { user: null } } as never)).toBe(false)
    expect(config.versions).toEqual({ max: 50 })
    expect(config.admin?.group).toBe('Settings')
  })

  it('picks days only for every date', () => {
    const dates = allFields(config.fields).filter((field) => field.type === 'date')
    expect(dates.length).toBeGreaterThan(5)
    for (const field of dates) expect(field.admin?.date?.pickerAppearance).toBe('dayOnly')
  })

  it('validates the step text and names the bad token', async () => {
    const grids = findField(config.fields, 'co2Grids') as ArrayField
    const { validate } = findField(grids.fields, 'steps') as TextareaField
    expect(await validate?.('113:50 114:75', {} as never)).toBe(true)
    expect(await validate?.('113:50 114/75', {} as never)).toContain('"114/75"')
  })
})

describe('refuseInconsistentRules', () => {
  const original = asStored(fromDomainImportRules(importRulesFr))
  const run = (data: Partial<ImportRulesData>) =>
    refuseInconsistentRules({
      data,
      originalDoc: original,
      global: { slug: 'import-rules' } as SanitizedGlobalConfig,
      req: {} as PayloadRequest,
      context: {},
    })

  const refusal = (data: Partial<ImportRulesData>): ValidationError => {
    try {
      run(data)
    } catch (error) {
      if (error instanceof ValidationError) return error
      throw error
    }
    throw new Error('expected a ValidationError')
  }

  it('lets consistent rules through unchanged', () => {
    const data = fromDomainImportRules(importRulesFr)
    expect(run(data)).toBe(data)
  })

  it('refuses a dangling source id on the row that names it', () => {
    const data = fromDomainImportRules(importRulesFr)
    data.co2Grids[3].sourceIds = ['S56', 'S999']
    const error = refusal(data)
    expect(error.data.global).toBe('import-rules')
    expect(error.data.errors).toEqual([
      {
        path: 'co2Grids.3.sourceIds',
        message: '2020-NEDC: unknown source S999',
        label: '2020-NEDC: unknown source S999',
      },
    ])
    expect(error.message).toContain('2020-NEDC: unknown source S999')
  })

  it('refuses a gap in a CO2 grid, overlapping rows and a partial update dropping a source', () => {
    const gap = fromDomainImportRules(importRulesFr)
    gap.co2Grids[0].steps = gap.co2Grids[0].steps.replace('128:53 ', '')
    expect(refusal(gap).data.errors.map((e) => e.path)).toContain('co2Grids.0.steps')

    const overlap = fromDomainImportRules(importRulesFr)
    overlap.vat.push({ ...overlap.vat[0], validFrom: '2020-01-01T12:00:00.000Z' })
    expect(refusal(overlap).data.errors).toContainEqual(
      expect.objectContaining({ path: 'vat.1.validFrom', message: 'vat: rows from 2014-01-01 and 2020-01-01 overlap' }),
    )

    const sources = fromDomainImportRules(importRulesFr).sources.filter((source) => source.sourceId !== 'S24')
    const paths = refusal({ sources }).data.errors.map((e) => e.path)
    expect(paths).toContain('fixedTaxes.0.sourceIds')
    expect(paths).toContain('regionalTax.oldVehicle.sourceIds')
  })

  it('leaves an unreadable step text to the field validation', () => {
    const data = fromDomainImportRules(importRulesFr)
    data.co2Grids[0].steps = '127:50 oops'
    expect(run(data)).toBe(data)
  })
})
