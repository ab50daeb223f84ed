/**
 * IMO ship identification numbers: seven digits, the last a check digit (the first six weighted 7 to 2,
 * summed, last digit of the sum). Unlike a vessel's name, it never changes with owner or flag, so it is
 * what public AIS sites look ships up by.
 */

/** "IMO 9839430", "imo9839430" or "9839430" → "9839430"; anything else unchanged (then invalid). */
export function normaliseImoNumber(value: string): string {
  return value
    .trim()
    .replace(/^IMO[\s:]*/i, '')
    .replace(/\s/g, '')
}

export function isValidImoNumber(value: string): boolean {
  const digits = normaliseImoNumber(value)
  if (!/^\d{7}$/.test(digits)) return false
  const sum = [...digits.slice(0, 6)].reduce((total, digit, i) => total + Number(digit) * (7 - i), 0)
  return sum % 10 === Number(digits[6])
}
