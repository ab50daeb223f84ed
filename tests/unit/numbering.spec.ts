import { describe, expect, it } from 'vitest'
import { formatNumber, parseNumber } from '../../src/domain/numbering'

describe('document numbers', () => {
  it('formats quotes and orders zero-padded to four digits', () => {
    expect(formatNumber('Q', 2026, 1)).toBe('Q-2026-0001')
    expect(formatNumber('O', 2026, 42)).toBe('O-2026-0042')
    expect(formatNumber('Q', 2026, 9999)).toBe('Q-2026-9999')
  })

  it('grows beyond 9999', () => {
    expect(formatNumber('Q', 2026, 10_000)).toBe('Q-2026-10000')
    expect(parseNumber('Q-2026-10000')).toEqual({ prefix: 'Q', year: 2026, seq: 10_000 })
  })

  it('parses what it formats', () => {
    for (const seq of [1, 7, 123, 9999, 123_456]) {
      expect(parseNumber(formatNumber('O', 2027, seq))).toEqual({ prefix: 'O', year: 2027, seq })
    }
    expect(parseNumber(' q-2026-0042 ')).toEqual({ prefix: 'Q', year: 2026, seq: 42 })
  })

  it('rejects malformed numbers and arguments', () => {
    for (const bad of ['Q-2026-42', 'X-2026-0001', 'Q-26-0001', 'Q-2026-0000', 'Q-2026-00042', 'Q2026-0001', '']) {
      expect(parseNumber(bad)).toBeNull()
    }
    expect(() => formatNumber('Q', 2026, 0)).toThrow(RangeError)
    expect(() => formatNumber('Q', 26, 1)).toThrow(RangeError)
    expect(() => formatNumber('Z' as 'Q', 2026, 1)).toThrow(RangeError)
  })
})
