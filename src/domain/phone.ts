// Loose on purpose: customers write numbers from many countries and in many layouts; staff call them back.
const PHONE = /^\+?[0-9 ().-]{6,25}$/

/** A phone number as people write it: an optional +, then 6 to 25 digits, spaces, dots, dashes or brackets. */
export function isPhoneNumber(value: string): boolean {
  return PHONE.test(value)
}
