/**
 * Vehicle identification number (ISO 3779): WMI = positions 1–3, VDS = 4–9, VIS = 10–17.
 * Only vehicles built for North America (first character 1–5) carry a check digit at position 9
 * (49 CFR 565); European and Japanese VINs often use position 9 freely, so they are never rejected on it.
 */
export type VinRegion = 'africa' | 'asia' | 'europe' | 'north_america' | 'oceania' | 'south_america'

export type VinResult =
  | {
      ok: true
      vin: string
      wmi: string
      vds: string
      vis: string
      region: VinRegion
      checkDigitApplies: boolean
    }
  | { ok: false; reason: string }

const VIN_LENGTH = 17
const WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
// ISO 3779 transliteration: A–H = 1–8, J–N = 1–5, P = 7, R = 9, S–Z = 2–9.
const LETTER_VALUES: Record<string, number> = Object.fromEntries([
  ...[...'ABCDEFGH'].map((char, i) => [char, i + 1]),
  ...[...'JKLMN'].map((char, i) => [char, i + 1]),
  ['P', 7],
  ['R', 9],
  ...[...'STUVWXYZ'].map((char, i) => [char, i + 2]),
])
// Model-year codes never use these (they read as V/2/0 or are reserved).
const FORBIDDEN_MODEL_YEAR = new Set(['U', 'Z', '0'])

function regionOf(first: string): VinRegion {
  if (first >= '1' && first <= '5') return 'north_america'
  if (first === '6' || first === '7') return 'oceania'
  if (first === '8' || first === '9' || first === '0') return 'south_america'
  if (first >= 'A' && first <= 'H') return 'africa'
  if (first >= 'J' && first <= 'R') return 'asia'
  return 'europe'
}

function transliterate(char: string): number {
  return char >= '0' && char <= '9' ? Number(char) : LETTER_VALUES[char]
}

export function normaliseVin(input: string): string {
  return input.replace(/[\s-]/g, '').toUpperCase()
}

/** The check digit a VIN should carry at position 9 ('0'–'9' or 'X'); position 9 itself is ignored. */
export function computeCheckDigit(vin: string): string {
  const chars = normaliseVin(vin)
  if (chars.length !== VIN_LENGTH || !/^[A-HJ-NPR-Z0-9]+$/.test(chars)) {
    throw new RangeError('computeCheckDigit needs 17 valid VIN characters')
  }
  const sum = [...chars].reduce((total, char, i) => total + transliterate(char) * WEIGHTS[i], 0)
  const remainder = sum % 11
  return remainder === 10 ? 'X' : String(remainder)
}

/** Returns the VIN with position 9 replaced by its correct check digit (handy for seeds and tests). */
export function withCheckDigit(vin: string): string {
  const chars = normaliseVin(vin)
  return chars.slice(0, 8) + computeCheckDigit(chars) + chars.slice(9)
}

export function validateVin(input: string): VinResult {
  const vin = normaliseVin(input ?? '')
  if (vin.length !== VIN_LENGTH) {
    return { ok: false, reason: `A VIN has 17 characters; this one has ${vin.length}.` }
  }
  const forbidden = [...vin].findIndex((char) => char === 'I' || char === 'O' || char === 'Q')
  if (forbidden >= 0) {
    return {
      ok: false,
      reason: `The letters I, O and Q never appear in a VIN (found '${vin[forbidden]}' at position ${forbidden + 1}).`,
    }
  }
  const invalid = [...vin].findIndex((char) => !/[A-Z0-9]/.test(char))
  if (invalid >= 0) {
    return {
      ok: false,
      reason: `A VIN holds only letters and digits (found '${vin[invalid]}' at position ${invalid + 1}).`,
    }
  }
  const region = regionOf(vin[0])
  const checkDigitApplies = region === 'north_america'
  if (checkDigitApplies) {
    const expected = computeCheckDigit(vin)
    if (vin[8] !== expected) {
      return {
        ok: false,
        reason: `Wrong check digit at position 9: expected '${expected}', found '${vin[8]}'. A typing error is likely.`,
      }
    }
    if (FORBIDDEN_MODEL_YEAR.has(vin[9])) {
      return { ok: false, reason: `Position 10 (model year) cannot be '${vin[9]}' on a North-American VIN.` }
    }
  }
  return { ok: true, vin, wmi: vin.slice(0, 3), vds: vin.slice(3, 9), vis: vin.slice(9), region, checkDigitApplies }
}
