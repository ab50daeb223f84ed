import type { PayloadRequest, SanitizedGlobalConfig } from 'payload'
import { ValidationError } from 'payload'
import { describe, expect, it } from 'vitest'

import { checkImportRules } from '@/domain/importRulesCheck'
import { exchangeRateOn, monthEnd } from '@/domain/exchangeRates'
import { refuseInconsistentRules } from '@/globals/ImportRules/hooks/refuseInconsistentRules'
import { fromDomainImportRules, toDomainImportRules } from '@/globals/ImportRules/mapping'
import { importRulesFr } from '@/seed/data/importRulesFr'

describe('monthly exchange rates', () => {
  it('are seeded for every currency from January 2026 to March 2027, marked as demo rates', () => {
    for (const currency of ['JPY', 'USD', 'GBP', 'CHF', 'CNY'] as const) {
      const rows = importRulesFr.exchangeRates.filter((row) => row.currency === currency)
      expect(rows.map((row) => row.validFrom)).toHaveLength(15)
      expect(rows[0]).toMatchObject({ validFrom: '2026-01-01', validTo: '2026-01-31' })
      expect(rows.at(-1)).toMatchObject({ validFrom: '2027-03-01', validTo: '2027-03-31' })
      expect(rows.every((row) => row.note?.startsWith('Illustrative demo rate') && row.sourceIds[0] === 'S75')).toBe(
        true,
      )
    }
    expect(importRulesFr.sources.find((source) => source.id === 'S75')?.url).toBe(
      'https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32015R2447',
    )
  })

  it('apply for their month only', () => {
    expect(monthEnd('2028-02-01')).toBe('2028-02-29')
    expect(exchangeRateOn(importRulesFr.exchangeRates, 'JPY', '2026-12-31')?.validFrom).toBe('2026-12-01')
    expect(exchangeRateOn(importRulesFr.exchangeRates, 'JPY', '2027-04-01')).toBeUndefined()
    expect(exchangeRateOn(importRulesFr.exchangeRates, 'USD', '2025-12-31')).toBeUndefined()
  })

  it('are stored without validTo and read back for their month', () => {
    const data = fromDomainImportRules(importRulesFr)
    expect(data.exchangeRates?.[0]).toEqual({
      currency: 'JPY',
      perEuro: '162.35',
      validFrom: '2026-01-01T12:00:00.000Z',
      sourceIds: ['S75'],
      note: importRulesFr.exchangeRates[0].note,
    })
    expect(toDomainImportRules(data).exchangeRates).toEqual(importRulesFr.exchangeRates)
  })

  it('are checked: a positive decimal, the first of a month, one row per currency and month', () => {
    const rules = structuredClone(importRulesFr)
    rules.exchangeRates[0].perEuro = '0'
    rules.exchangeRates[1] = { ...rules.exchangeRates[1], validFrom: '2026-02-15', validTo: '2026-02-28' }
    rules.exchangeRates.push({ ...rules.exchangeRates[2] })
    expect(checkImportRules(rules)).toEqual([
      'exchange JPY 2026-01-01: perEuro is not a positive decimal number',
      'exchange JPY 2026-02-15: validFrom is not the first day of a month',
      'exchangeRates JPY: rows from 2026-03-01 and 2026-03-01 overlap',
    ])
  })

  it('are refused in the admin on the field at fault', () => {
    const data = fromDomainImportRules(importRulesFr)
    data.exchangeRates![14].perEuro = 'abc'
    data.exchangeRates![16].sourceIds = ['S999']
    let error: unknown
    try {
      refuseInconsistentRules({
        data,
        originalDoc: data,
        global: { slug: 'import-rules' } as SanitizedGlobalConfig,
        req: {} as PayloadRequest,
        context: {},
      })
    } catch (thrown) {
      error = thrown
    }
    expect(error).toBeInstanceOf(ValidationError)
    expect((error as ValidationError).data.errors.map((e) => e.path)).toEqual([
      'exchangeRates.16.sourceIds',
      'exchangeRates.14.perEuro',
    ])
  })
})
