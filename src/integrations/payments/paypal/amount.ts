/**
 * PayPal speaks decimal strings ("1234.50"); Autoport speaks integer cents. Both directions work on
 * digits only, so no amount ever passes through a binary float.
 */

/** 123450 → "1234.50". */
export function centsToPayPalValue(cents: number): string {
  if (!Number.isSafeInteger(cents) || cents < 0) throw new RangeError(`not a cent amount: ${cents}`)
  const units = Math.floor(cents / 100)
  const rest = cents % 100
  return `${units}.${String(rest).padStart(2, '0')}`
}

/** "1234.5" / "1234.50" / "1234" → 123450. Anything else (more than two decimals, signs, spaces) throws. */
export function payPalValueToCents(value: string): number {
  const match = /^(\d+)(?:\.(\d{1,2}))?$/.exec(value)
  if (!match) throw new RangeError(`not a PayPal amount: ${JSON.stringify(value)}`)
  const cents = Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'))
  if (!Number.isSafeInteger(cents)) throw new RangeError(`amount too large: ${value}`)
  return cents
}
