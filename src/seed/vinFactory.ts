import { validateVin, withCheckDigit } from '@/domain/vin'
import type { Random } from './random'

const VIN_CHARS = 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789'
// ISO 3779 model-year codes, 30-year cycle: 1980 = A … 2000 = Y, 2001 = 1 … 2009 = 9, 2010 = A …
const YEAR_CODES = 'ABCDEFGHJKLMNPRSTVWXY123456789'

export function modelYearCode(year: number): string {
  return YEAR_CODES[(((year - 1980) % 30) + 30) % 30]!
}

/**
 * A 17-character VIN with the maker's real WMI, its model code, the model-year code at position 10,
 * a plant letter and a six-digit serial; North-American VINs (1–5) get their check digit.
 */
export function makeVin(random: Random, wmi: string, vds: string, year: number, taken: Set<string>): string {
  for (;;) {
    const descriptor = (vds + random.chars(VIN_CHARS, 6)).slice(0, 6)
    const raw = `${wmi}${descriptor}${modelYearCode(year)}${random.chars('ABCDEFGHJKLMNPRSTVWXYZ', 1)}${random.chars('0123456789', 6)}`
    const vin = /^[1-5]/.test(wmi) ? withCheckDigit(raw) : raw
    if (taken.has(vin) || !validateVin(vin).ok) continue
    taken.add(vin)
    return vin
  }
}
