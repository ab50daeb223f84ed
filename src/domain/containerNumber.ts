/**
 * Shipping container numbers (ISO 6346): a three-letter owner code, a category letter (U for freight
 * containers, J for detachable equipment, Z for trailers and chassis), six serial digits and a check
 * digit, e.g. MSCU1234565. A mistyped number would send the customer to someone else's container,
 * so the check digit is verified before anything is saved or linked.
 */

// Letters are worth 10–38, skipping the multiples of 11 (A = 10, B = 12, … K = 21, … U = 32).
const LETTER_VALUES: Record<string, number> = (() => {
  const values: Record<string, number> = {}
  let value = 10
  for (const letter of 'ABCDEFGHIJKLMNOPQRSTUVWXYZ') {
    if (value % 11 === 0) value += 1
    values[letter] = value
    value += 1
  }
  return values
})()

const SHAPE = /^[A-Z]{3}[UJZ]\d{6}\d$/

/** Upper case, without the spaces, dashes and slashes people type: "mscu 123456-5" → "MSCU1234565". */
export function normaliseContainerNumber(value: string): string {
  return value.toUpperCase().replace(/[\s\-/.]/g, '')
}

/** The check digit of the first ten characters (owner, category, serial). */
export function containerCheckDigit(firstTen: string): number {
  const sum = [...firstTen.toUpperCase()].reduce(
    (total, char, i) => total + (LETTER_VALUES[char] ?? Number(char)) * 2 ** i,
    0,
  )
  // A remainder of 10 is written 0 (owners avoid such serials, but they exist).
  return (sum % 11) % 10
}

export type ContainerCheck =
  | { ok: true; number: string; owner: string }
  | { ok: false; reason: 'shape' }
  | { ok: false; reason: 'checkDigit'; expected: number }

export function checkContainerNumber(value: string): ContainerCheck {
  const number = normaliseContainerNumber(value)
  if (!SHAPE.test(number)) return { ok: false, reason: 'shape' }
  const expected = containerCheckDigit(number.slice(0, 10))
  if (Number(number[10]) !== expected) return { ok: false, reason: 'checkDigit', expected }
  return { ok: true, number, owner: number.slice(0, 4) }
}

/** The field error staff read in the admin, or null when the number is right. */
export function containerNumberError(value: string): string | null {
  const check = checkContainerNumber(value)
  if (check.ok) return null
  if (check.reason === 'shape')
    return 'A container number is 4 letters (owner code ending in U, J or Z) and 7 digits, e.g. MSCU1234565.'
  return `This container number's check digit is wrong (ISO 6346): with these first 10 characters it should end in ${check.expected}. Check the number on the booking or bill of lading.`
}
