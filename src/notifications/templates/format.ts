import { intlLocale, price } from '@/domain/format'
import { ORDER_STATUS_LABELS, isOrderStatus } from '@/domain/orderStatus'
import { DOCUMENT_TYPES } from '@/domain/vehicleOptions'
import { frenchText } from './typography'
import type { MessageLocale, TemplateVars } from './types'

type PaymentMethod = TemplateVars['payment_received']['method']

/**
 * Euros from cents, or an amount in another currency's minor units (a seller's price in yen), written
 * as the storefront writes it: "27 400 €" / "€27,400", cents only when there are some.
 */
export function money(cents: number, locale: MessageLocale, currency = 'EUR'): string {
  return price(cents, currency, locale)
}

/** A day as people say it in the reader's language, on Paris time: "14 mars 2026", "1er mars 2026", "14 March 2026". */
export function longDate(iso: string, locale: MessageLocale): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  const text = new Intl.DateTimeFormat(intlLocale(locale), {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/Paris',
  }).format(date)
  return locale === 'fr' ? text.replace(/^1 /, '1er ') : text
}

const METHOD_NAMES: Record<PaymentMethod, Record<MessageLocale, string>> = {
  bank_transfer: { fr: 'virement', en: 'bank transfer' },
  stripe: { fr: 'carte bancaire', en: 'card' },
  paypal: { fr: 'PayPal', en: 'PayPal' },
}

export function paymentMethodName(method: PaymentMethod, locale: MessageLocale): string {
  return METHOD_NAMES[method]?.[locale] ?? method
}

/** The document's name in the reader's language; an unknown type reads as sent. */
export function documentTypeName(type: string, locale: MessageLocale): string {
  const entry = DOCUMENT_TYPES.find((candidate) => candidate.value === type)
  if (!entry) return type
  return locale === 'fr' ? frenchText(entry.fr) : entry.en
}

export function orderStatusName(status: string, locale: MessageLocale): string {
  return isOrderStatus(status) ? ORDER_STATUS_LABELS[status][locale] : status
}

/** For a name that sits inside a sentence: "Pièce d’identité" → "pièce d’identité" (acronyms stay). */
export function inSentence(name: string): string {
  return /^[A-ZÀ-Ý][a-zà-ÿ]/.test(name) ? name.charAt(0).toLowerCase() + name.slice(1) : name
}
