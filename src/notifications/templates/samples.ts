import type { Brand, OrderSummary, TemplateName, TemplateVars } from './types'

/** Realistic values for every message: the preview script and the tests render these. */
export const SAMPLE_BRAND: Brand = {
  siteName: 'Autoport',
  siteUrl: 'https://autoport.example',
  address: '12 quai de la Douane, 33000 Bordeaux',
  phone: '+33 5 56 00 12 34',
  email: 'contact@autoport.example',
}

const site = SAMPLE_BRAND.siteUrl

const ORDER: OrderSummary = {
  number: 'CMD-2026-0042',
  vehicle: 'Porsche 911 Carrera 4S (992) 2021',
  total: 24_600_000,
  paid: 2_460_000,
  due: 22_140_000,
}

export const SAMPLE_VARIABLES: { [K in TemplateName]: TemplateVars[K] } = {
  quote_request_received: {
    firstName: 'Claire',
    quoteNumber: 'DEV-2026-0117',
    vehicle: 'Porsche 911 Carrera 4S (992) 2021',
    quoteUrl: `${site}/fr/account/quotes/117`,
  },
  staff_new_request: {
    quoteNumber: 'DEV-2026-0117',
    customerName: 'Claire Dubois-Lefèvre',
    customerEmail: 'claire.dubois@example.com',
    kind: 'sourcing',
    vehicle: 'Porsche 911 Carrera 4S (992), gris craie, moins de 30 000 km',
    message: 'Bonjour,\nje cherche une 992 C4S avec toit ouvrant et sièges sport adaptatifs, idéalement en Allemagne.',
    adminUrl: `${site}/admin/collections/quotes/117`,
  },
  quote_sent: {
    firstName: 'Claire',
    quoteNumber: 'DEV-2026-0117',
    vehicle: 'Porsche 911 Carrera 4S (992) 2021',
    lines: [
      { label: 'Prix du véhicule (Stuttgart, DE)', amount: 21_850_000 },
      { label: 'Transport par camion plateau fermé', amount: 145_000 },
      { label: 'Homologation et carte grise', amount: 98_000 },
      { label: 'Malus écologique', amount: 1_917_000 },
      { label: 'Frais de service Autoport', amount: 590_000 },
    ],
    total: 24_600_000,
    deposit: 2_460_000,
    validUntil: '2026-03-14',
    quoteUrl: `${site}/fr/account/quotes/117`,
  },
  quote_expiring: {
    firstName: 'Claire',
    quoteNumber: 'DEV-2026-0117',
    vehicle: 'Porsche 911 Carrera 4S (992) 2021',
    total: 24_600_000,
    validUntil: '2026-03-14',
    quoteUrl: `${site}/fr/account/quotes/117`,
  },
  quote_accepted: {
    firstName: 'Claire',
    quoteNumber: 'DEV-2026-0117',
    order: { ...ORDER, paid: 0, due: ORDER.total },
    deposit: 2_460_000,
    orderUrl: `${site}/fr/account/orders/42`,
  },
  payment_received: {
    firstName: 'Claire',
    kind: 'deposit',
    amount: 2_460_000,
    method: 'bank_transfer',
    receiptNumber: 'REC-2026-0088',
    order: ORDER,
    orderUrl: `${site}/fr/account/orders/42`,
  },
  payment_failed: {
    firstName: 'Claire',
    kind: 'balance',
    amount: 22_140_000,
    method: 'stripe',
    order: ORDER,
    orderUrl: `${site}/fr/account/orders/42`,
  },
  payment_refunded: {
    firstName: 'Claire',
    amount: 145_000,
    method: 'paypal',
    receiptNumber: 'RMB-2026-0007',
    order: { ...ORDER, total: 24_455_000, paid: 2_315_000, due: 22_140_000 },
    orderUrl: `${site}/fr/account/orders/42`,
  },
  order_milestone: {
    firstName: 'Claire',
    status: 'shipped',
    note: 'Chargée ce matin à Stuttgart, protégée sous housse. Le chauffeur nous appelle avant Bordeaux.',
    eta: '2026-04-09T10:00:00.000Z',
    order: ORDER,
    orderUrl: `${site}/fr/account/orders/42`,
  },
  document_verified: {
    firstName: 'Claire',
    documentType: 'proof_of_address',
    documentsUrl: `${site}/fr/account/documents`,
  },
  document_rejected: {
    firstName: 'Claire',
    documentType: 'identity',
    reason: 'Le verso de la carte est manquant et la photo est floue sur la date de validité.',
    documentsUrl: `${site}/fr/account/documents`,
  },
  data_export_ready: {
    firstName: 'Claire',
    downloadUrl: `${site}/fr/account/privacy/export/8f3c2a`,
    expiresAt: '2026-03-21T09:30:00.000Z',
  },
  erasure_done: { firstName: 'Claire', completedAt: '2026-03-02T14:05:00.000Z' },
  saved_search_digest: {
    firstName: 'Claire',
    searchName: 'Porsche 911 de moins de 5 ans',
    searchUrl: `${site}/fr/vehicles?make=porsche&model=911&minYear=2021`,
    vehicles: [
      {
        title: 'Porsche 911 Carrera S (992) 2022 – 18 400 km',
        price: 13_990_000,
        url: `${site}/fr/vehicles/porsche-911-carrera-s-2022`,
        imageUrl: null,
      },
      {
        title: 'Porsche 911 Targa 4 (992) 2021 – 27 100 km',
        price: 14_450_000,
        url: `${site}/fr/vehicles/porsche-911-targa-4-2021`,
        imageUrl: null,
      },
    ],
    unsubscribeUrl: `${site}/fr/account/searches/5/unsubscribe?token=0c9e`,
  },
  account_confirmation: { firstName: 'Claire', confirmUrl: `${site}/account/verify?token=3f1b9c` },
  password_reset: { firstName: 'Claire', resetUrl: `${site}/account/reset-password?token=a7d2e4` },
  email_change_confirm: {
    firstName: 'Claire',
    newEmail: 'claire.lefevre@example.org',
    confirmUrl: `${site}/account/email-change?token=c81f09`,
  },
  password_changed: {
    firstName: 'Claire',
    changedAt: '2026-03-02T14:05:00.000Z',
    resetUrl: `${site}/account/forgot-password`,
  },
  email_change_requested: {
    firstName: 'Claire',
    maskedNewEmail: 'c***@example.org',
    resetUrl: `${site}/account/forgot-password`,
  },
}
