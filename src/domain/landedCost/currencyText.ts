import type { IsoDate } from '../calendarDate'
import { MINOR_UNIT_DIGITS, normalizeRate, type CurrencyCode } from '../currencies'

/**
 * Foreign-currency amounts inside rule explanations, written like `ruleText`'s euro amounts: English
 * "¥3 250 000" and "US$12 500.00", French "3 250 000 ¥" and "12 500,00 $ US" (narrow no-break space
 * between thousands, no-break space before the symbol, decimal comma).
 */
const NARROW_NBSP = '\u202f'
const NBSP = '\u00a0'

const SYMBOL_EN: Record<CurrencyCode, string> = { EUR: '€', JPY: '¥', USD: 'US$', GBP: '£', CHF: 'CHF ', CNY: 'CN¥' }
const SYMBOL_FR: Record<CurrencyCode, string> = { EUR: '€', JPY: '¥', USD: '$ US', GBP: '£', CHF: 'CHF', CNY: 'CN¥' }

const MONTHS_EN = 'January February March April May June July August September October November December'.split(' ')
const MONTHS_FR = 'janvier février mars avril mai juin juillet août septembre octobre novembre décembre'.split(' ')

function group(digits: string, separator: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, separator)
}

/** Whole part and fraction of an amount in minor units: 325000000 USD cents → ['3250000', '00']. */
function parts(amount: number, currency: CurrencyCode): [string, string] {
  const digits = MINOR_UNIT_DIGITS[currency]
  const text = String(Math.abs(amount)).padStart(digits + 1, '0')
  return digits ? [text.slice(0, -digits), text.slice(-digits)] : [text, '']
}

export function money(amount: number, currency: CurrencyCode): string {
  const [whole, fraction] = parts(amount, currency)
  return `${SYMBOL_EN[currency]}${group(whole, ' ')}${fraction ? `.${fraction}` : ''}`
}

export function moneyFr(amount: number, currency: CurrencyCode): string {
  const [whole, fraction] = parts(amount, currency)
  return `${group(whole, NARROW_NBSP)}${fraction ? `,${fraction}` : ''}${NBSP}${SYMBOL_FR[currency]}`
}

/** "¥162.35 per euro". */
export function rate(perEuro: string | number, currency: CurrencyCode): string {
  return `${SYMBOL_EN[currency]}${normalizeRate(perEuro) ?? perEuro} per euro`
}

/** "162,35 ¥ pour un euro". */
export function rateFr(perEuro: string | number, currency: CurrencyCode): string {
  return `${(normalizeRate(perEuro) ?? String(perEuro)).replace('.', ',')}${NBSP}${SYMBOL_FR[currency]} pour un euro`
}

/** "December 2026". */
export function monthOf(date: IsoDate): string {
  return `${MONTHS_EN[Number(date.slice(5, 7)) - 1]} ${date.slice(0, 4)}`
}

/** "décembre 2026". */
export function monthOfFr(date: IsoDate): string {
  return `${MONTHS_FR[Number(date.slice(5, 7)) - 1]} ${date.slice(0, 4)}`
}
