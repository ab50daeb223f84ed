/**
 * Every message Autoport sends, with what it needs to be written. Values are already formatted where
 * the sender knows best (amounts stay cents: the template formats them in the reader's language).
 * Nothing here may hold a document or a secret: these variables are stored with the notification.
 */

export type MessageLocale = 'fr' | 'en'

/** Who we are, on every message (from the site settings). */
export interface Brand {
  siteName: string
  /** Absolute site URL, no trailing slash; links and the logo are built from it. */
  siteUrl: string
  /** Postal address line(s) of the showroom, shown in the footer. */
  address?: string
  phone?: string
  email?: string
}

export interface OrderSummary {
  number: string
  vehicle?: string | null
  /** Cents. */
  total: number
  paid: number
  due: number
}

export interface TemplateVars {
  /** To the customer: their quote request arrived (stock car or sourcing). */
  quote_request_received: { firstName?: string | null; quoteNumber: string; vehicle?: string | null; quoteUrl: string }
  /** To staff: a new request to price. */
  staff_new_request: {
    quoteNumber: string
    customerName: string
    customerEmail: string
    kind: 'stock' | 'sourcing'
    vehicle?: string | null
    message?: string | null
    adminUrl: string
  }
  /** To the customer: a priced quote to answer (the PDF is attached). */
  quote_sent: {
    firstName?: string | null
    quoteNumber: string
    vehicle?: string | null
    lines: { label: string; amount: number }[]
    total: number
    deposit: number
    validUntil: string
    quoteUrl: string
  }
  quote_expiring: {
    firstName?: string | null
    quoteNumber: string
    vehicle?: string | null
    total: number
    validUntil: string
    quoteUrl: string
  }
  quote_accepted: {
    firstName?: string | null
    quoteNumber: string
    order: OrderSummary
    deposit: number
    orderUrl: string
  }
  payment_received: {
    firstName?: string | null
    kind: 'deposit' | 'balance'
    amount: number
    method: 'bank_transfer' | 'stripe' | 'paypal'
    receiptNumber?: string | null
    order: OrderSummary
    orderUrl: string
  }
  payment_failed: {
    firstName?: string | null
    kind: 'deposit' | 'balance'
    amount: number
    method: 'stripe' | 'paypal'
    order: OrderSummary
    orderUrl: string
  }
  payment_refunded: {
    firstName?: string | null
    amount: number
    method: 'bank_transfer' | 'stripe' | 'paypal'
    receiptNumber?: string | null
    order: OrderSummary
    orderUrl: string
  }
  /** Every order milestone (status value as in src/domain/orderStatus.ts). */
  order_milestone: {
    firstName?: string | null
    status: string
    note?: string | null
    /** ISO date of the expected arrival, when known. */
    eta?: string | null
    order: OrderSummary
    orderUrl: string
  }
  document_verified: { firstName?: string | null; documentType: string; documentsUrl: string }
  document_rejected: { firstName?: string | null; documentType: string; reason: string; documentsUrl: string }
  data_export_ready: { firstName?: string | null; downloadUrl: string; expiresAt: string }
  erasure_done: { firstName?: string | null; completedAt: string }
  /** Payload's own account mails, sent inline (their link carries a one-time token, never stored). */
  account_confirmation: { firstName?: string | null; confirmUrl: string }
  password_reset: { firstName?: string | null; resetUrl: string }
  /** Inline too: the link to the new address carries the one-time token of the change. */
  email_change_confirm: { firstName?: string | null; newEmail: string; confirmUrl: string }
  /** Security notices (queued): to the account's address after a password change… */
  password_changed: { firstName?: string | null; changedAt: string; resetUrl: string }
  /** …and to the old address when a change of address is asked for (the new one masked). */
  email_change_requested: { firstName?: string | null; maskedNewEmail: string; resetUrl: string }
  /** Newly published vehicles matching a saved search (one digest per search per day at most). */
  saved_search_digest: {
    firstName?: string | null
    searchName: string
    searchUrl: string
    /** `price` in the minor units of `currency` (absent: euro cents). */
    vehicles: { title: string; price: number; currency?: string | null; url: string; imageUrl?: string | null }[]
    unsubscribeUrl: string
  }
}

export type TemplateName = keyof TemplateVars

export interface RenderedEmail {
  subject: string
  html: string
  text: string
}
