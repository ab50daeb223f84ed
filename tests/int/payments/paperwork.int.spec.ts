import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { parseNumber } from '@/domain/numbering'
import type { Order, Quote } from '@/payload-types'
import type { World } from '../../helpers/fixtures'
import { pdfText } from '../../helpers/pdfText'
import { rawRest, rest } from '../../helpers/rest'
import { freshWorld } from '../../helpers/world'
import { getEnv } from '@/config/env'

const context = { disableRevalidate: true }
const year = new Date().getUTCFullYear()
/** Spaces as Intl writes them in French amounts (narrow and no-break) read as plain spaces. */
const flat = (text: string) => text.replace(/[\s\u202f]+/g, ' ')

async function download(path: string, token?: string) {
  const headers = new Headers(token ? { authorization: `JWT ${token}` } : {})
  const response = await rawRest(new Request(new URL(path, getEnv().SERVER_URL), { headers }))
  const bytes = new Uint8Array(await response.arrayBuffer())
  return { response, bytes, head: Buffer.from(bytes.slice(0, 5)).toString('latin1') }
}

describe('receipts and invoices', () => {
  let payload: Payload
  let world: World
  let quote: Quote
  let order: Order
  let staff: string
  const pay = (body: Record<string, unknown>) => rest('POST', '/api/payments', { token: staff, body })

  beforeAll(async () => {
    ;({ payload, world } = await freshWorld())
    staff = world.staff.sales.token
    await payload.updateGlobal({
      slug: 'site-settings',
      context,
      data: {
        seller: {
          legalName: 'Autoport SAS',
          legalForm: 'SAS au capital de 20 000 €',
          address: '14 rue de Gerland\n69007 Lyon',
          siret: '912 345 678 00017',
          rcs: 'Lyon B 912 345 678',
          vatNumber: 'FR40912345678',
          invoiceNote: 'Pénalités de retard : trois fois le taux d’intérêt légal.',
        },
      },
    })
    quote = await payload.create({
      collection: 'quotes',
      context,
      data: {
        kind: 'stock',
        customer: world.a.user.id,
        vehicle: world.vehicle.id,
        destination: { country: 'FR', region: 'IDF' },
        status: 'in_progress',
        margin: { kind: 'fixed', amount: 150_000 },
        deposit: { kind: 'percent', percent: 10 },
        lines: [
          { code: 'vehicle', label: 'Véhicule Toyota Supra', amount: 3_000_000, override: null, vatIncluded: false },
          {
            code: 'transport',
            label: 'Fret jusqu’à la frontière',
            amount: 180_000,
            override: null,
            vatIncluded: false,
          },
          { code: 'customs_duty', label: 'Droits de douane', amount: 300_000, override: null, vatIncluded: false },
          { code: 'import_vat', label: 'TVA à l’importation', amount: 696_000, override: null, vatIncluded: false },
          { code: 'broker', label: 'Commissionnaire en douane', amount: 36_000, override: null, vatIncluded: true },
          { code: 'regional_tax', label: 'Taxe régionale', amount: 46_000, override: null, vatIncluded: false },
          { code: 'co2_malus', label: 'Malus CO₂', amount: 260_000, override: 250_000, vatIncluded: false },
        ],
      },
    })
    expect(quote.totals?.total).toBe(4_658_000)
    order = await payload.create({
      collection: 'orders',
      context,
      data: {
        customer: world.a.user.id,
        vehicle: world.vehicle.id,
        quote: quote.id,
        status: 'awaiting_deposit',
        totals: { total: 4_658_000, depositDue: 465_800, currency: 'EUR' },
      },
    })
  })

  it('numbers only money received, in sequence, whether typed in as received or confirmed later', async () => {
    // The fixtures' two received deposits hold the first two numbers of the year.
    expect(world.paymentA.receiptNumber).toBe(`R-${year}-0001`)
    expect(world.paymentB.receiptNumber).toBe(`R-${year}-0002`)

    // Card and PayPal payments are written by the provider's confirmation (system writes, no user).
    const pending = await payload.create({
      collection: 'payments',
      data: {
        order: order.id,
        provider: 'stripe',
        kind: 'deposit',
        amount: 465_800,
        currency: 'EUR',
        status: 'pending',
      },
      depth: 0,
    })
    const failed = await payload.create({
      collection: 'payments',
      data: {
        order: order.id,
        provider: 'paypal',
        kind: 'deposit',
        amount: 465_800,
        currency: 'EUR',
        status: 'failed',
      },
      depth: 0,
    })
    expect(pending.receiptNumber ?? null).toBeNull()
    expect(failed.receiptNumber ?? null).toBeNull()

    const typed = await rest('PATCH', `/api/payments/${failed.id}`, {
      token: staff,
      body: { receiptNumber: 'R-1999-0042' },
    })
    expect(typed.status).toBe(200)
    expect(typed.body.doc.receiptNumber ?? null).toBeNull()

    const confirmed = await payload.update({
      collection: 'payments',
      id: pending.id,
      data: { status: 'succeeded', providerReference: 'cs_test_deposit' },
      depth: 0,
    })
    expect(confirmed.receiptNumber).toBe(`R-${year}-0003`)
    const again = await rest('PATCH', `/api/payments/${pending.id}`, {
      token: staff,
      body: { receivedAt: new Date().toISOString() },
    })
    expect(again.body.doc.receiptNumber).toBe(`R-${year}-0003`)
  })

  it('issues the invoice exactly when the order is paid in full, and never renumbers it', async () => {
    let current = await payload.findByID({ collection: 'orders', id: order.id, depth: 0 })
    expect(current.amountDue).toBe(4_192_200)
    expect(current.invoiceNumber ?? null).toBeNull()
    const early = await download(`/api/orders/${order.id}/invoice`, staff)
    expect(early.response.status).toBe(404)
    expect(JSON.parse(Buffer.from(early.bytes).toString()).errors[0].message).toMatch(/no invoice/)

    const balance = await pay({
      order: order.id,
      provider: 'bank_transfer',
      kind: 'balance',
      amount: 4_192_200,
      providerReference: 'VIR-SOLDE-001',
    })
    expect(balance.body.doc.receiptNumber).toBe(`R-${year}-0004`)
    current = await payload.findByID({ collection: 'orders', id: order.id, depth: 0 })
    expect(current.amountDue).toBe(0)
    expect(current.invoiceNumber).toBe(`F-${year}-0001`)
    expect(current.invoicedAt).toBeTruthy()

    const refund = await pay({
      order: order.id,
      provider: 'bank_transfer',
      kind: 'refund',
      amount: 10_000,
      refundOf: balance.body.doc.id,
      providerReference: 'VIR-REMB-001',
    })
    expect(refund.body.doc.receiptNumber).toBe(`R-${year}-0005`)
    const credit = await download(`/api/payments/${refund.body.doc.id}/receipt`, staff)
    expect(flat(await pdfText(credit.bytes))).toContain(`Remboursement du reçu R-${year}-0004`)
    expect(flat(await pdfText(credit.bytes))).toContain('Avoir')
    await payload.delete({ collection: 'payments', id: refund.body.doc.id })

    current = await payload.findByID({ collection: 'orders', id: order.id, depth: 0 })
    expect(current.invoiceNumber).toBe(`F-${year}-0001`)
    expect(current.amountDue).toBe(0)
  })

  it('gives the PDFs to their owner and to staff, as downloads never cached', async () => {
    const { docs } = await payload.find({
      collection: 'payments',
      where: { and: [{ order: { equals: order.id } }, { status: { equals: 'succeeded' } }] },
      sort: 'receiptNumber',
      depth: 0,
    })
    const deposit = docs[0]!
    for (const token of [world.a.token, staff, world.staff.admin.token]) {
      const receipt = await download(`/api/payments/${deposit.id}/receipt`, token)
      expect(receipt.response.status).toBe(200)
      expect(receipt.head).toBe('%PDF-')
      expect(receipt.response.headers.get('content-type')).toBe('application/pdf')
      expect(receipt.response.headers.get('content-disposition')).toBe(`attachment; filename="R-${year}-0003.pdf"`)
      expect(receipt.response.headers.get('cache-control')).toMatch(/private, no-store/)
      const text = flat(await pdfText(receipt.bytes))
      expect(text).toContain('Reçu de paiement')
      expect(text).toContain(`R-${year}-0003`)
      expect(text).toContain(order.number!)
      expect(text).toContain('4 658,00 €')
      expect(text).toContain('Carte bancaire')
      expect(text).toContain('cs_test_deposit')
      expect(text).toContain('SIRET 912 345 678 00017')
    }

    for (const token of [world.a.token, staff]) {
      const invoice = await download(`/api/orders/${order.id}/invoice`, token)
      expect(invoice.response.status).toBe(200)
      expect(invoice.head).toBe('%PDF-')
      expect(invoice.response.headers.get('content-disposition')).toBe(`attachment; filename="F-${year}-0001.pdf"`)
      const text = flat(await pdfText(invoice.bytes))
      expect(text).toContain(`Facture`)
      expect(text).toContain(`F-${year}-0001`)
      expect(text).toContain(quote.number!)
      expect(text).toContain('Sous-total HT 34 800,00 €')
      expect(text).toContain('TVA à l’importation 6 960,00 €')
      expect(text).toContain('Sous-total TTC 1 860,00 €')
      expect(text).toContain('Taxes non soumises à la TVA')
      expect(text).toContain('Malus CO2 2 500,00 €')
      expect(text).toContain('Total TTC 46 580,00 €')
      expect(text).toContain(`Reçu R-${year}-0004`)
      expect(text).toContain('Montant payé 46 580,00 €')
      expect(text).toContain('Reste à payer 0,00 €')
      expect(text).toContain('Pénalités de retard')
    }

    const english = await download(`/api/orders/${order.id}/invoice?locale=en`, world.a.token)
    expect(flat(await pdfText(english.bytes))).toContain('Total incl. VAT €46,580.00')
  })

  it('answers 404 to another customer and to anonymous, and for documents not issued', async () => {
    const received = await payload.find({
      collection: 'payments',
      where: { order: { equals: order.id } },
      depth: 0,
      pagination: false,
    })
    const deposit = received.docs.find((doc) => doc.receiptNumber === `R-${year}-0003`)!
    const failed = received.docs.find((doc) => doc.status === 'failed')!
    for (const token of [world.b.token, undefined]) {
      expect((await download(`/api/payments/${deposit.id}/receipt`, token)).response.status).toBe(404)
      expect((await download(`/api/orders/${order.id}/invoice`, token)).response.status).toBe(404)
    }
    const notReceived = await download(`/api/payments/${failed.id}/receipt`, world.a.token)
    expect(notReceived.response.status).toBe(404)
    expect(JSON.parse(Buffer.from(notReceived.bytes).toString()).errors[0].message).toMatch(/no receipt/)
    expect((await download(`/api/orders/${world.orderA.id}/invoice`, world.a.token)).response.status).toBe(404)
    expect((await download('/api/payments/not-an-id/receipt', staff)).response.status).toBe(404)
  })

  it('gives 20 payments saved at once 20 distinct consecutive receipt numbers', async () => {
    const orders = await Promise.all(
      Array.from({ length: 20 }, () =>
        payload.create({
          collection: 'orders',
          context,
          data: {
            customer: world.b.user.id,
            status: 'awaiting_deposit',
            totals: { total: 1_000_000, depositDue: 100_000, currency: 'EUR' },
          },
        }),
      ),
    )
    const saved = await Promise.all(
      orders.map((each, index) =>
        pay({
          order: each.id,
          provider: 'bank_transfer',
          kind: 'deposit',
          amount: 100_000,
          providerReference: `VIR-C-${index}`,
        }),
      ),
    )
    expect(saved.map((response) => response.status)).toEqual(saved.map(() => 201))
    const seqs = saved.map((response) => parseNumber(response.body.doc.receiptNumber)!.seq).sort((a, b) => a - b)
    expect(new Set(seqs).size).toBe(20)
    expect(seqs).toEqual(Array.from({ length: 20 }, (_, index) => seqs[0]! + index))
    expect(seqs[0]).toBe(6)
  })
})
