import { describe, expect, it } from 'vitest'
import { addMonths, fullYears, parisDayOf, parseIsoDate, startedMonths } from '../../src/domain/calendarDate'

describe('calendar dates', () => {
  it('counts started months as BOFiP does', () => {
    expect(startedMonths('2023-02-13', '2025-04-10')).toBe(26)
    expect(startedMonths('2019-02-13', '2025-03-01')).toBe(73)
  })

  it('counts the first day as the first month, and the monthly anniversary as a new month', () => {
    expect(startedMonths('2025-03-01', '2025-03-01')).toBe(1)
    expect(startedMonths('2025-03-01', '2025-03-31')).toBe(1)
    expect(startedMonths('2025-03-01', '2025-04-01')).toBe(2)
    expect(() => startedMonths('2025-03-02', '2025-03-01')).toThrow(RangeError)
  })

  it('adds months, keeping to the end of shorter months', () => {
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29')
    expect(addMonths('2026-08-01', 6)).toBe('2027-02-01')
    expect(addMonths('2026-11-25', -11)).toBe('2025-12-25')
  })

  it('counts whole years and rejects impossible dates', () => {
    expect(fullYears('1990-04-01', '2026-05-20')).toBe(36)
    expect(fullYears('1996-05-21', '2026-05-20')).toBe(29)
    expect(fullYears('1996-05-20', '2026-05-20')).toBe(30)
    expect(parseIsoDate('2025-02-29')).toBeNull()
    expect(parseIsoDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 })
  })
})

describe('parisDayOf', () => {
  it('is the French calendar day, ahead of UTC around midnight in winter and summer', () => {
    expect(parisDayOf(new Date('2026-02-28T23:30:00Z'))).toBe('2026-03-01')
    expect(parisDayOf(new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01')
    expect(parisDayOf(new Date('2026-06-30T21:30:00Z'))).toBe('2026-06-30')
  })
})
