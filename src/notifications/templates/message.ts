import { longDate, money } from './format'
import { en, fr } from './typography'
import type { Brand, MessageLocale, OrderSummary, TemplateName, TemplateVars } from './types'

/** A line of a summary table: an order, the lines of a quote, the cars of a digest. */
export interface SummaryRow {
  label: string
  value: string
  /** The total or the amount due: set apart and in bold. */
  strong?: boolean
  /** Makes the label a link (a car of a digest). */
  url?: string
  imageUrl?: string | null
}

/**
 * What a message says, before any layout: the same structure becomes the HTML e-mail, its plain-text
 * version and, through `sms`, the text message. Strings are plain text; the layout escapes them.
 */
export interface Message {
  subject: string
  /** The line mail clients show after the subject. */
  preheader: string
  heading: string
  paragraphs: string[]
  /** Words someone typed (a staff note, a rejection reason, a customer's message), set apart. */
  note?: { label: string; text: string }
  summary?: { title?: string; rows: SummaryRow[] }
  action: { label: string; url: string }
  footnote?: string
  /** Why the reader gets this message, in the footer. */
  reason: string
  footerLinks?: { label: string; url: string }[]
  /** The text message: short, no link (the action's URL is added after it). */
  sms: string
}

export interface MessageContext {
  locale: MessageLocale
  brand: Brand
  /** `currency` for a seller's price, which may be in yen or dollars; everything else is euros. */
  money(cents: number, currency?: string | null): string
  date(iso: string): string
  greeting(firstName?: string | null): string
  /** The order as a summary: number, car, total, paid, balance due. */
  orderRows(order: OrderSummary): SummaryRow[]
  /** "Any question? Call us on …": how to reach a person, from what the brand gives. */
  contact(): string | undefined
}

export type MessageDefinition<T extends TemplateName> = (variables: TemplateVars[T], context: MessageContext) => Message

export function messageContext(locale: MessageLocale, brand: Brand): MessageContext {
  const french = locale === 'fr'
  return {
    locale,
    brand,
    money: (cents, currency) => money(cents, locale, currency ?? 'EUR'),
    date: (iso) => longDate(iso, locale),
    greeting: (firstName) => {
      const name = firstName?.trim()
      if (french) return name ? fr`Bonjour ${name},` : 'Bonjour,'
      return name ? `Hello ${name},` : 'Hello,'
    },
    orderRows: (order) => {
      const rows: SummaryRow[] = [{ label: french ? 'Commande' : 'Order', value: order.number }]
      if (order.vehicle) rows.push({ label: french ? 'Véhicule' : 'Vehicle', value: order.vehicle })
      rows.push(
        { label: french ? 'Total' : 'Total', value: money(order.total, locale) },
        { label: french ? 'Déjà réglé' : 'Paid so far', value: money(order.paid, locale) },
        { label: french ? 'Reste à régler' : 'Balance due', value: money(order.due, locale), strong: true },
      )
      return rows
    },
    contact: () => {
      const { email } = brand
      // A phone number read aloud in one go should not break across lines.
      const phone = brand.phone?.replace(/ /g, '\u00a0')
      if (french) {
        if (phone && email) return fr`Une question ? Appelez-nous au ${phone} ou écrivez-nous à ${email}.`
        if (phone) return fr`Une question ? Appelez-nous au ${phone}.`
        if (email) return fr`Une question ? Écrivez-nous à ${email}.`
        return undefined
      }
      if (phone && email) return en`Any question? Call us on ${phone} or write to ${email}.`
      if (phone) return en`Any question? Call us on ${phone}.`
      if (email) return en`Any question? Write to us at ${email}.`
      return undefined
    },
  }
}
