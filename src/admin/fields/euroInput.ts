/** "24 900,50" / "24900.5" / "24,900.50" → 2490050 cents; empty → null; garbage → undefined. */
export function parseEuroInput(text: string): number | null | undefined {
  const compact = text.replace(/[\s\u00a0\u202f€]/g, '')
  if (compact === '') return null
  if (!/^-?[\d.,]+$/.test(compact)) return undefined
  const lastSeparator = Math.max(compact.lastIndexOf(','), compact.lastIndexOf('.'))
  const decimals = lastSeparator >= 0 ? compact.length - lastSeparator - 1 : 0
  // A separator followed by exactly three digits is a thousands separator ("24.900", "1,250").
  const hasDecimals = lastSeparator >= 0 && decimals > 0 && decimals <= 2
  // With both separators present, the last one must be the decimal one.
  if (compact.includes('.') && compact.includes(',') && !hasDecimals) return undefined
  const integerPart = (hasDecimals ? compact.slice(0, lastSeparator) : compact).replace(/[.,]/g, '')
  const fraction = hasDecimals ? compact.slice(lastSeparator + 1).padEnd(2, '0') : '00'
  if (!/^-?\d+$/.test(integerPart) || !/^\d{2}$/.test(fraction)) return undefined
  const sign = integerPart.startsWith('-') ? -1 : 1
  return sign * (Math.abs(Number(integerPart)) * 100 + Number(fraction))
}

export function formatEuroInput(cents: number | null | undefined): string {
  if (cents === null || cents === undefined || Number.isNaN(cents)) return ''
  return new Intl.NumberFormat('fr-FR', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(cents / 100)
}

/**
 * An amount in a currency with `digits` minor-unit digits: 2 reads as `parseEuroInput`; 0 (yen) reads
 * "3 250 000" as 3250000 and refuses a fraction, which a yen price cannot have.
 */
export function parseMoneyInput(text: string, digits: number): number | null | undefined {
  // A currency code or symbol typed with the amount is allowed, anything else still makes it unreadable.
  const cents = parseEuroInput(text.replace(/\b(?:EUR|JPY|USD|GBP|CHF|CNY)\b|[¥$£]/gi, ''))
  if (cents === null || cents === undefined || digits === 2) return cents
  const scale = 10 ** (2 - digits)
  return cents % scale === 0 ? cents / scale : undefined
}

export function formatMoneyInput(amount: number | null | undefined, digits: number): string {
  if (amount === null || amount === undefined || Number.isNaN(amount)) return ''
  return new Intl.NumberFormat('fr-FR', { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(
    amount / 10 ** digits,
  )
}
