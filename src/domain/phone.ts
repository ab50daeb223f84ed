// Loose on purpose: customers write numbers from many countries and in many layouts; staff call them back.
const PHONE = /^\+?[0-9 ().-]{6,25}$/

/**
 * A phone number we can call and text: as people write it (an optional +, digits, spaces, dots, dashes
 * or brackets), and either international or French (see toE164).
 */
export function isPhoneNumber(value: string): boolean {
  return toE164(value) !== null
}

/**
 * The number in E.164 (+33612345678), as SMS providers want it, or null when it cannot be told: an
 * international number (+ or 00), or a French national one (0 and nine digits, our customers' usual way).
 */
export function toE164(value: string): string | null {
  if (!PHONE.test(value.trim())) return null
  const compact = value.replace(/[\s().-]/g, '')
  const international = compact.startsWith('+') ? compact.slice(1) : compact.startsWith('00') ? compact.slice(2) : null
  if (international !== null) return /^[1-9]\d{7,14}$/.test(international) ? `+${international}` : null
  return /^0[1-9]\d{8}$/.test(compact) ? `+33${compact.slice(1)}` : null
}
