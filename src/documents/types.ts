import type { LineCategory } from '@/domain/priceSections'

/** What the paperwork prints, already read from the records: the builders know nothing of Payload. */
export type PaperLocale = 'fr' | 'en'

export interface SellerParty {
  /** Trading name, printed as the letterhead. */
  siteName: string
  legalName?: string | null
  legalForm?: string | null
  address?: string | null
  siret?: string | null
  rcs?: string | null
  vatNumber?: string | null
  invoiceNote?: string | null
}

export interface CustomerParty {
  name: string
  email?: string | null
  /** Postal address, one line per entry; empty when unknown. */
  address: string[]
}

export type PaymentKind = 'deposit' | 'balance' | 'refund'
export type PaymentProvider = 'bank_transfer' | 'stripe' | 'paypal'

export interface ReceiptData {
  locale: PaperLocale
  seller: SellerParty
  customer: CustomerParty
  /** R-YYYY-NNNN. */
  number: string
  /** When the money was received (or given back), ISO 8601. */
  date: string
  orderNumber: string
  vehicle?: string | null
  kind: PaymentKind
  provider: PaymentProvider
  providerReference?: string | null
  /** The receipt a refund gives money back from. */
  refundOf?: string | null
  /** Cents, positive: a refund says it is one by its kind. */
  amount: number
  currency: string
}

/** Where a quote line sits on the invoice (`lineCategory`). */
export type InvoiceLineCategory = LineCategory

export interface InvoiceLine {
  label: string
  /** Cents; a discount is negative. */
  amount: number
  category: InvoiceLineCategory
  vatIncluded: boolean
}

export interface InvoicePayment {
  receiptNumber: string
  date: string
  kind: PaymentKind
  /** Cents, positive; refunds count against what is paid. */
  amount: number
}

export interface InvoiceData {
  locale: PaperLocale
  seller: SellerParty
  customer: CustomerParty
  /** F-YYYY-NNNN. */
  number: string
  date: string
  orderNumber: string
  quoteNumber?: string | null
  vehicle?: string | null
  lines: InvoiceLine[]
  /** The order's total incl. VAT, cents. */
  total: number
  currency: string
  payments: InvoicePayment[]
  amountPaid: number
  amountDue: number
}

/** The car a quote prices, as the vehicle record describes it. */
export interface QuoteVehicle {
  /** "Toyota Supra · 2020", or the label kept on the quote once the record is out of reach. */
  title: string
  vin?: string | null
  /** ISO 3166 alpha-2; printed as the country's name. */
  originCountry?: string | null
  mileageKm?: number | null
  /** For a car priced in another currency: the conversion the quote's vehicle line used. */
  exchange?: QuoteExchange | null
}

/** `amount` in the minor units of `currency` at `perEuro` units per euro, as `basis.exchange` keeps it. */
export interface QuoteExchange {
  currency: string
  amount: number
  perEuro: string
  /** The customs month's first day, or the day staff read their rate ('YYYY-MM-DD'). */
  date: string
  source: 'customs' | 'staff'
  euroCents: number
}

/** What a sourcing request asks us to find, while no car is proposed yet. */
export interface WantedVehicle {
  make?: string | null
  model?: string | null
  yearFrom?: number | null
  yearTo?: number | null
  /** Cents. */
  budget?: number | null
}

export interface QuoteData {
  locale: PaperLocale
  seller: SellerParty
  customer: CustomerParty
  /** Q-YYYY-NNNN. */
  number: string
  /** When the quote was sent (or written, before that), ISO 8601. */
  date: string
  validUntil?: string | null
  vehicle?: QuoteVehicle | null
  wanted?: WantedVehicle | null
  /** The quote's lines as priced (a staff amount replaces the computed one), service fee included. */
  lines: InvoiceLine[]
  /** Cents, incl. VAT. */
  total: number
  /** Cents paid on acceptance. */
  depositDue: number
  currency: string
  /** The customer portal page where the quote is accepted. */
  acceptUrl: string
}
