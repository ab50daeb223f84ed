/**
 * A quote's `landedCost` as `priceFromLandedCost` stores it, read back for the admin's table. It is a
 * JSON column: an older calculation or a hand-edited row may miss parts, so every part is checked and
 * what is missing is left out rather than shown wrong.
 */
export interface CalculationLine {
  code: string
  label: string
  labelFr: string
  /** Cents. */
  amount: number
  vatIncluded?: boolean
  inCustomsValue?: boolean
  inImportVatBase?: boolean
  rule: string
  ruleFr: string
  validFrom?: string
  tableYear?: number
  sourceIds: string[]
}

export interface CalculationFact {
  label: string
  value: string
}

export interface StoredCalculationView {
  computedAt: string | null
  registrationDate: string | null
  clearanceDate: string | null
  clearanceDateFrom: string | null
  lines: CalculationLine[]
  /** Cents; the sum of the lines as the engine gave it. */
  total: number | null
  /** Cents: what the carte grise itself costs (Y.6). */
  y6: number | null
  basis: CalculationFact[]
  warnings: string[]
  notes: string[]
}

type Json = Record<string, unknown>

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value)
const text = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null)
const cents = (value: unknown): number | null => (typeof value === 'number' && Number.isFinite(value) ? value : null)
const flag = (value: unknown): boolean | undefined => (typeof value === 'boolean' ? value : undefined)

function lineOf(value: unknown): CalculationLine | null {
  if (!isObject(value)) return null
  const code = text(value.code)
  const amount = cents(value.amount)
  if (!code || amount === null) return null
  return {
    code,
    label: text(value.label) ?? code,
    labelFr: text(value.labelFr) ?? text(value.label) ?? code,
    amount,
    vatIncluded: flag(value.vatIncluded),
    inCustomsValue: flag(value.inCustomsValue),
    inImportVatBase: flag(value.inImportVatBase),
    rule: text(value.rule) ?? '',
    ruleFr: text(value.ruleFr) ?? '',
    validFrom: text(value.validFrom) ?? undefined,
    tableYear: typeof value.tableYear === 'number' ? value.tableYear : undefined,
    sourceIds: Array.isArray(value.sourceIds)
      ? value.sourceIds.filter((id): id is string => typeof id === 'string')
      : [],
  }
}

const VAT_REGIMES: Record<string, string> = {
  import: 'Import (customs duty and import VAT)',
  eu_new_vehicle: 'New vehicle from the EU (French VAT)',
  eu_used_dealer: 'Used vehicle from an EU dealer (VAT paid there)',
  eu_private: 'Used vehicle from an EU private seller',
}

/** The intermediate figures, in the words staff use; amounts formatted by `money`. */
function basisFacts(basis: unknown, money: (cents: number) => string): CalculationFact[] {
  if (!isObject(basis)) return []
  const facts: CalculationFact[] = []
  const regime = text(basis.vatRegime)
  if (regime) facts.push({ label: 'VAT regime', value: VAT_REGIMES[regime] ?? regime })
  if (typeof basis.ageMonths === 'number') facts.push({ label: 'Age (months started)', value: String(basis.ageMonths) })
  if (typeof basis.collector === 'boolean')
    facts.push({ label: 'Collector car', value: basis.collector ? 'yes' : 'no' })
  if (typeof basis.reductionPercent === 'number' && basis.reductionPercent > 0) {
    facts.push({ label: 'Malus age reduction', value: `${basis.reductionPercent} %` })
  }
  const customsValue = cents(basis.customsValue)
  if (customsValue !== null) facts.push({ label: 'Customs value', value: money(customsValue) })
  const vatBase = cents(basis.importVatBase)
  if (vatBase !== null) facts.push({ label: 'Import VAT base', value: money(vatBase) })
  const co2Grid = text(basis.co2GridId)
  if (co2Grid) facts.push({ label: 'CO₂ grid', value: co2Grid })
  const weightGrid = text(basis.weightGridId)
  if (weightGrid) facts.push({ label: 'Weight grid', value: weightGrid })
  const exchange = basis.exchange
  if (isObject(exchange) && text(exchange.currency) && text(exchange.perEuro)) {
    facts.push({
      label: 'Exchange rate',
      value: `${exchange.perEuro} ${exchange.currency} per euro on ${text(exchange.date) ?? '?'} (${
        exchange.source === 'customs' ? 'customs rate' : 'staff rate'
      })`,
    })
  }
  return facts
}

const bilingual = (value: unknown): string | null => (isObject(value) ? (text(value.en) ?? text(value.fr)) : null)

export function readStoredCalculation(value: unknown, money: (cents: number) => string): StoredCalculationView | null {
  if (!isObject(value)) return null
  const result = isObject(value.result) ? value.result : {}
  const lines = Array.isArray(result.lines) ? result.lines.map(lineOf).filter((line) => line !== null) : []
  const check = isObject(result.registrationCheck) ? result.registrationCheck : {}
  return {
    computedAt: text(value.computedAt),
    registrationDate: text(value.registrationDate),
    clearanceDate: text(value.clearanceDate),
    clearanceDateFrom: text(value.clearanceDateFrom),
    lines,
    total: cents(result.total),
    y6: cents(result.y6),
    basis: basisFacts(result.basis, money),
    warnings: Array.isArray(result.warnings) ? result.warnings.map(bilingual).filter((w) => w !== null) : [],
    notes: Array.isArray(check.notes) ? check.notes.map(bilingual).filter((n) => n !== null) : [],
  }
}
