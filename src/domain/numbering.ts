/**
 * Human document numbers: Q-2026-0042 for quotes, O-2026-0007 for orders, R-2026-0003 for payment
 * receipts and F-2026-0001 for invoices (French "facture"; the law wants them gapless per year). The sequence is zero-padded
 * to four digits and simply grows past 9999. Uniqueness comes from the database counter that hands out
 * `seq`; this module only formats and reads.
 */
export const NUMBER_PREFIXES = ['Q', 'O', 'R', 'F'] as const

export type NumberPrefix = (typeof NUMBER_PREFIXES)[number]

export interface DocumentNumber {
  prefix: NumberPrefix
  year: number
  seq: number
}

const PATTERN = /^([QORF])-(\d{4})-(\d{4,})$/

export function formatNumber(prefix: NumberPrefix, year: number, seq: number): string {
  if (!NUMBER_PREFIXES.includes(prefix)) throw new RangeError(`unknown number prefix ${prefix}`)
  if (!Number.isInteger(year) || year < 1000 || year > 9999)
    throw new RangeError(`year must have four digits, got ${year}`)
  if (!Number.isSafeInteger(seq) || seq < 1) throw new RangeError(`sequence must be a positive integer, got ${seq}`)
  return `${prefix}-${year}-${String(seq).padStart(4, '0')}`
}

export function parseNumber(value: string): DocumentNumber | null {
  const match = PATTERN.exec(value.trim().toUpperCase())
  if (!match) return null
  const seq = Number(match[3])
  // 0000 is never issued, and 00042 is not how 42 is written past four digits.
  if (seq < 1 || (match[3].length > 4 && match[3].startsWith('0'))) return null
  return { prefix: match[1] as NumberPrefix, year: Number(match[2]), seq }
}
