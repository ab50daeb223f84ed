import { describe, expect, it } from 'vitest'

import { lineCategory, priceSections } from '@/domain/priceSections'
import { invoicePdf } from '@/documents/invoicePdf'
import { receiptPdf } from '@/documents/receiptPdf'
import { toWinAnsi } from '@/documents/sheet'
import type { InvoiceData, InvoiceLine, ReceiptData, SellerParty } from '@/documents/types'
import { pdfPages, pdfText } from '../helpers/pdfText'

/** Spaces as Intl writes them in amounts (narrow and no-break) read as plain spaces. */
const flat = (text: string) => text.replace(/[\s\u202f]+/g, ' ')

const seller: SellerParty = {
  siteName: 'Autoport',
  legalName: 'Autoport SAS',
  legalForm: 'SAS au capital de 50 000 €',
  address: '27 rue de Gerland\n69007 Lyon',
  siret: '912 345 675 00017',
  rcs: 'Lyon B 912 345 675',
  vatNumber: 'FR65912345675',
  invoiceNote: 'Paiement comptant, sans escompte.',
}

const customer = {
  name: 'Hélène Œuvray-Müller',
  email: 'helene@example.fr',
  address: ['3 place Bellecour', '69002 Lyon'],
}

const receipt: ReceiptData = {
  locale: 'fr',
  seller,
  customer,
  number: 'R-2026-0007',
  date: '2026-03-14T09:30:00.000Z',
  orderNumber: 'O-2026-0003',
  vehicle: 'Porsche 911 Carrera · 2019',
  kind: 'deposit',
  provider: 'bank_transfer',
  providerReference: 'VIR-O-2026-0003',
  amount: 465_812,
  currency: 'EUR',
}

const line = (label: string, amount: number, category: InvoiceLine['category'], vatIncluded = false) => ({
  label,
  amount,
  category,
  vatIncluded,
})

const invoice: InvoiceData = {
  locale: 'fr',
  seller,
  customer,
  number: 'F-2026-0002',
  date: '2026-04-02T10:00:00.000Z',
  orderNumber: 'O-2026-0003',
  quoteNumber: 'Q-2026-0011',
  vehicle: 'Porsche 911 Carrera · 2019',
  lines: [
    line('Véhicule', 6_000_000, 'supply'),
    line('Fret jusqu’à la frontière de l’UE', 180_000, 'supply'),
    line('Droits de douane', 600_000, 'supply'),
    line('TVA à l’importation (20 %)', 1_356_000, 'vat'),
    line('Certificat de conformité', 42_000, 'supply', true),
    line('Remise', -10_000, 'supply', true),
    line('Taxe régionale (carte grise)', 55_000, 'notSubjectToVat'),
    line('Malus CO₂', 1_000_000, 'notSubjectToVat'),
  ],
  total: 9_223_000,
  currency: 'EUR',
  payments: [
    { receiptNumber: 'R-2026-0007', date: '2026-03-14T09:30:00.000Z', kind: 'deposit', amount: 922_300 },
    { receiptNumber: 'R-2026-0012', date: '2026-04-02T09:00:00.000Z', kind: 'balance', amount: 8_300_700 },
  ],
  amountPaid: 9_223_000,
  amountDue: 0,
}

describe('invoice sections', () => {
  it('files the landed-cost codes by how VAT applies to them', () => {
    expect(lineCategory('import_vat')).toBe('vat')
    expect(lineCategory('vat_new_vehicle')).toBe('vat')
    for (const code of ['regional_tax', 'co2_malus', 'weight_malus', 'y4', 'y5'])
      expect(lineCategory(code)).toBe('notSubjectToVat')
    for (const code of ['vehicle', 'customs_duty', 'broker', 'discount', 'other'])
      expect(lineCategory(code)).toBe('supply')
  })

  it('adds up each section in cents, leaving empty ones out, to the sum of the lines', () => {
    const sections = priceSections(invoice.lines)
    expect(sections.map((section) => [section.key, section.subtotal])).toEqual([
      ['exclVat', 6_780_000],
      ['vat', 1_356_000],
      ['inclVat', 32_000],
      ['notSubjectToVat', 1_055_000],
    ])
    expect(sections.reduce((sum, section) => sum + section.subtotal, 0)).toBe(invoice.total)
    expect(priceSections([line('Véhicule', 100, 'supply', true)]).map((section) => section.key)).toEqual(['inclVat'])
  })
})

describe('WinAnsi text', () => {
  const supported = new Set(
    [...Array.from({ length: 95 }, (_, i) => i + 32), ...'éèêàçœŒ€’«»\u00a0'].map((c) =>
      typeof c === 'number' ? c : c.codePointAt(0)!,
    ),
  )
  it('keeps French, simplifies what it can and replaces the rest', () => {
    expect(toWinAnsi('Œuvre à 1\u202f000\u00a0€ « reçue »', supported)).toBe('Œuvre à 1 000\u00a0€ « reçue »')
    expect(toWinAnsi('CO₂ Łódź 李', supported)).toBe('CO2 ?odz ?')
  })
})

describe('receipt PDF', () => {
  it('states who received what, for which order, with the seller’s legal identity', async () => {
    const bytes = await receiptPdf(receipt)
    expect(Buffer.from(bytes.slice(0, 5)).toString('latin1')).toBe('%PDF-')
    const text = flat(await pdfText(bytes))
    for (const expected of [
      'Autoport SAS, SAS au capital de 50 000 €',
      'SIRET 912 345 675 00017',
      'RCS Lyon B 912 345 675',
      'N° TVA intracommunautaire FR65912345675',
      'Hélène Œuvray-Müller',
      '3 place Bellecour',
      'helene@example.fr',
      'Reçu de paiement',
      'Numéro R-2026-0007',
      'Date 14 mars 2026',
      'Commande O-2026-0003',
      'Véhicule Porsche 911 Carrera · 2019',
      'Nature Acompte',
      'Moyen de paiement Virement bancaire',
      'Référence VIR-O-2026-0003',
      'Montant reçu 4 658,12 €',
    ])
      expect(text).toContain(expected)
    expect(await pdfPages(bytes)).toHaveLength(1)
  })

  it('is a credit note for a refund, in English when asked', async () => {
    const text = flat(
      await pdfText(
        await receiptPdf({
          ...receipt,
          locale: 'en',
          kind: 'refund',
          provider: 'stripe',
          refundOf: 'R-2026-0001',
          amount: 5_000,
        }),
      ),
    )
    expect(text).toContain('Credit note – refund receipt')
    expect(text).toContain('Refund of receipt R-2026-0001')
    expect(text).toContain('Amount refunded €50.00')
    expect(text).toContain('Method Card')
    expect(text).toContain('Date 14 March 2026')
  })

  it('never fails on characters the standard fonts cannot write', async () => {
    const bytes = await receiptPdf({ ...receipt, customer: { name: 'Zoë 山田 Łukasz', address: [] } })
    expect(flat(await pdfText(bytes))).toContain('Zoë ?? ?ukasz')
  })
})

describe('invoice PDF', () => {
  it('shows the quote’s lines by VAT treatment, the total, the payments and nothing left to pay', async () => {
    const text = flat(await pdfText(await invoicePdf(invoice)))
    for (const expected of [
      'Facture',
      'Numéro F-2026-0002',
      'Devis Q-2026-0011',
      'Montants hors TVA',
      'Véhicule 60 000,00 €',
      'Fret jusqu’à la frontière de l’UE 1 800,00 €',
      'Sous-total HT 67 800,00 €',
      'TVA à l’importation (20 %) 13 560,00 €',
      'Total TVA 13 560,00 €',
      'Remise -100,00 €',
      'Sous-total TTC 320,00 €',
      'Taxes non soumises à la TVA (carte grise)',
      'Malus CO2 10 000,00 €',
      'Total carte grise (Y.6) 10 550,00 €',
      'Total TTC 92 230,00 €',
      'Paiements reçus',
      'Reçu R-2026-0007 · 14 mars 2026 · Acompte 9 223,00 €',
      'Reçu R-2026-0012 · 2 avril 2026 · Solde 83 007,00 €',
      'Montant payé 92 230,00 €',
      'Reste à payer 0,00 €',
      'Paiement comptant, sans escompte.',
    ])
      expect(text).toContain(expected)
  })

  it('speaks English', async () => {
    const text = flat(await pdfText(await invoicePdf({ ...invoice, locale: 'en' })))
    expect(text).toContain('Invoice')
    expect(text).toContain('Subtotal excl. VAT €67,800.00')
    expect(text).toContain('Taxes not subject to VAT (registration certificate)')
    expect(text).toContain('Total incl. VAT €92,230.00')
    expect(text).toContain('Amount due €0.00')
  })

  it('numbers its pages once the lines run over the first', async () => {
    const many = Array.from({ length: 60 }, (_, index) => line(`Prestation ${index + 1}`, 1_000, 'supply', true))
    const pages = await pdfPages(
      await invoicePdf({ ...invoice, lines: many, total: 60_000, payments: [], amountPaid: 60_000 }),
    )
    expect(pages.length).toBeGreaterThan(1)
    pages.forEach((page, index) => expect(page).toContain(`Page ${index + 1}/${pages.length}`))
    expect(flat(pages.join('\n'))).toContain('Prestation 60 10,00 €')
    expect(flat(pages.at(-1)!)).toContain('Total TTC 600,00 €')
  })

  it('prints no page number on a one-page invoice', async () => {
    const pages = await pdfPages(await invoicePdf(invoice))
    expect(pages).toHaveLength(1)
    expect(pages[0]).not.toMatch(/Page 1\//)
  })
})
