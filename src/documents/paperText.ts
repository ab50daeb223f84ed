import { date } from '@/domain/format'
import type { PaperLocale, PaymentKind, PaymentProvider } from './types'
import { SECTION_WORDS, serviceFeeLabel } from '@/domain/priceSections'

/** Which rate converted the price: the customs month ("décembre 2026") or the day staff read theirs. */
type ExchangeWhen = { source: 'customs' | 'staff'; label: string }

/** Every word the receipts, invoices and quotes print, in both languages. */
const TEXT = {
  fr: {
    receipt: 'Reçu de paiement',
    creditNote: 'Avoir – reçu de remboursement',
    invoice: 'Facture',
    number: 'Numéro',
    date: 'Date',
    order: 'Commande',
    quote: 'Devis',
    vehicle: 'Véhicule',
    billedTo: 'Client',
    siret: 'SIRET',
    rcs: 'RCS',
    vatNumber: 'N° TVA intracommunautaire',
    kind: 'Nature',
    method: 'Moyen de paiement',
    reference: 'Référence',
    refundOf: 'Remboursement du reçu',
    amountReceived: 'Montant reçu',
    amountRefunded: 'Montant remboursé',
    receivedFrom: (amount: string, name: string, order: string) =>
      `Nous avons reçu de ${name} la somme de ${amount} au titre de la commande ${order}.`,
    refundedTo: (amount: string, name: string, order: string) =>
      `Nous avons remboursé à ${name} la somme de ${amount} au titre de la commande ${order}.`,
    description: 'Désignation',
    amount: 'Montant',
    total: 'Total TTC',
    paymentsTitle: 'Paiements reçus',
    receiptNumber: 'Reçu',
    paid: 'Montant payé',
    due: 'Reste à payer',
    adjustment: 'Ajustement',
    serviceFee: (site: string) => serviceFeeLabel(site, 'fr'),
    page: (n: number, of: number) => `Page ${n}/${of}`,
    quoteTitle: 'Devis',
    validUntil: 'Valable jusqu’au',
    vin: 'VIN',
    origin: 'Provenance',
    mileage: 'Kilométrage',
    exchangeRate: 'Taux de change',
    exchange: (price: string, rate: string, when: ExchangeWhen, euros: string) =>
      `${price} à ${rate} pour un euro (${when.source === 'customs' ? `taux douanier de ${when.label}` : `taux relevé le ${when.label}`}) = ${euros}`,
    wanted: 'Véhicule recherché',
    years: 'Années',
    yearsFrom: (year: number) => `à partir de ${year}`,
    yearsTo: (year: number) => `jusqu’à ${year}`,
    budget: 'Budget',
    depositOnAcceptance: 'Acompte à verser à l’acceptation',
    howToAccept: 'Pour accepter ce devis',
    acceptIn: (date: string | null) =>
      `Acceptez-le dans votre espace client${date ? ` avant le ${date} inclus` : ''}. L’acompte est à verser dès l’acceptation ; votre commande est alors créée.`,
    sections: SECTION_WORDS.fr,
    kinds: { deposit: 'Acompte', balance: 'Solde', refund: 'Remboursement' } satisfies Record<PaymentKind, string>,
    providers: {
      bank_transfer: 'Virement bancaire',
      stripe: 'Carte bancaire',
      paypal: 'PayPal',
    } satisfies Record<PaymentProvider, string>,
  },
  en: {
    receipt: 'Payment receipt',
    creditNote: 'Credit note – refund receipt',
    invoice: 'Invoice',
    number: 'Number',
    date: 'Date',
    order: 'Order',
    quote: 'Quote',
    vehicle: 'Vehicle',
    billedTo: 'Customer',
    siret: 'SIRET',
    rcs: 'RCS',
    vatNumber: 'VAT number',
    kind: 'Payment for',
    method: 'Method',
    reference: 'Reference',
    refundOf: 'Refund of receipt',
    amountReceived: 'Amount received',
    amountRefunded: 'Amount refunded',
    receivedFrom: (amount: string, name: string, order: string) =>
      `We have received ${amount} from ${name} for order ${order}.`,
    refundedTo: (amount: string, name: string, order: string) =>
      `We have refunded ${amount} to ${name} for order ${order}.`,
    description: 'Description',
    amount: 'Amount',
    total: 'Total incl. VAT',
    paymentsTitle: 'Payments received',
    receiptNumber: 'Receipt',
    paid: 'Amount paid',
    due: 'Amount due',
    adjustment: 'Adjustment',
    serviceFee: (site: string) => serviceFeeLabel(site, 'en'),
    page: (n: number, of: number) => `Page ${n} of ${of}`,
    quoteTitle: 'Quote',
    validUntil: 'Valid until',
    vin: 'VIN',
    origin: 'Country of origin',
    mileage: 'Mileage',
    exchangeRate: 'Exchange rate',
    exchange: (price: string, rate: string, when: ExchangeWhen, euros: string) =>
      `${price} at ${rate} per euro (${when.source === 'customs' ? `customs rate of ${when.label}` : `rate read on ${when.label}`}) = ${euros}`,
    wanted: 'Car wanted',
    years: 'Years',
    yearsFrom: (year: number) => `${year} or later`,
    yearsTo: (year: number) => `up to ${year}`,
    budget: 'Budget',
    depositOnAcceptance: 'Deposit to pay on acceptance',
    howToAccept: 'To accept this quote',
    acceptIn: (date: string | null) =>
      `Accept it in your customer account${date ? ` by ${date} inclusive` : ''}. The deposit is paid on acceptance; your order is then created.`,
    sections: SECTION_WORDS.en,
    kinds: { deposit: 'Deposit', balance: 'Balance', refund: 'Refund' } satisfies Record<PaymentKind, string>,
    providers: {
      bank_transfer: 'Bank transfer',
      stripe: 'Card',
      paypal: 'PayPal',
    } satisfies Record<PaymentProvider, string>,
  },
} as const

export type PaperText = (typeof TEXT)[PaperLocale]

export const paperText = (locale: PaperLocale): PaperText => TEXT[locale]

/** A calendar date as people in France read it (the paperwork is dated in Paris time). */
export function paperDate(value: string, locale: PaperLocale): string {
  return date(value, locale)
}
