import { describe, expect, it } from 'vitest'

import {
  displayLanguage,
  displayLocale,
  formatAmount,
  formatCalendarDay,
  formatMileage,
  formatParisDateTime,
  formatParisDay,
} from '@/domain/displayFormat'

// Intl separates thousands with narrow no-break spaces in French: compare with plain spaces.
const flat = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ')

describe('admin display formats, one per language', () => {
  it('reads the admin language, French unless English was chosen', () => {
    expect(displayLanguage('fr')).toBe('fr')
    expect(displayLanguage('en')).toBe('en')
    expect(displayLanguage('en-US')).toBe('en')
    expect(displayLanguage('de')).toBe('fr')
    expect(displayLanguage(undefined)).toBe('fr')
    expect(displayLocale('en')).toBe('en-GB')
    expect(displayLocale('fr')).toBe('fr-FR')
  })

  it('writes money the way each language does', () => {
    expect(flat(formatAmount(962_945, 'EUR', 'fr'))).toBe('9 629,45 €')
    expect(formatAmount(962_945, 'EUR', 'en')).toBe('€9,629.45')
    expect(flat(formatAmount(-5_000, 'EUR', 'fr'))).toBe('-50,00 €')
    // Yen has no minor unit: 3 250 000 is yen, not cents.
    expect(flat(formatAmount(3_250_000, 'JPY', 'fr'))).toBe('3 250 000 JPY')
  })

  it('writes mileage with the language’s thousands separator', () => {
    expect(flat(formatMileage(45_000, 'fr'))).toBe('45 000 km')
    expect(formatMileage(45_000, 'en')).toBe('45,000 km')
  })

  it('writes dates in Paris time whatever the zone of the server', () => {
    // 23:30 UTC on 31 March is already 1 April in Paris (summer time, UTC+2).
    const lateUtc = '2026-03-31T23:30:00.000Z'
    expect(formatParisDay(lateUtc, 'fr')).toBe('1 avr. 2026')
    expect(formatParisDay(lateUtc, 'en')).toBe('1 Apr 2026')
    expect(flat(formatParisDateTime(lateUtc, 'fr'))).toBe('1 avr. 2026, 01:30')
    expect(flat(formatParisDateTime('2026-12-02T20:06:00Z', 'en'))).toBe('2 Dec 2026, 21:06')
    expect(formatParisDay(null, 'fr')).toBe('—')
    expect(formatParisDay('not a date', 'en')).toBe('—')
  })

  it('writes a calendar day as that day, with no zone to shift it', () => {
    expect(formatCalendarDay('2026-01-28', 'fr')).toBe('28 janv. 2026')
    expect(formatCalendarDay('2026-01-28', 'en')).toBe('28 Jan 2026')
    expect(formatCalendarDay('soon', 'en')).toBe('soon')
  })
})
