import { describe, expect, it } from 'vitest'

import { euros } from '../../src/domain/format'
import { renderEmail, renderSms } from '../../src/notifications/templates'
import { SAMPLE_BRAND, SAMPLE_VARIABLES } from '../../src/notifications/templates/samples'
import type { MessageLocale, TemplateName, TemplateVars } from '../../src/notifications/templates/types'

const NAMES = Object.keys(SAMPLE_VARIABLES) as TemplateName[]
const LOCALES: MessageLocale[] = ['fr', 'en']

/** The one link each message leads to, as the sample gives it. */
const ACTION_URL: { [K in TemplateName]: (variables: TemplateVars[K]) => string } = {
  quote_request_received: (v) => v.quoteUrl,
  staff_new_request: (v) => v.adminUrl,
  quote_sent: (v) => v.quoteUrl,
  quote_expiring: (v) => v.quoteUrl,
  quote_accepted: (v) => v.orderUrl,
  payment_received: (v) => v.orderUrl,
  payment_failed: (v) => v.orderUrl,
  payment_refunded: (v) => v.orderUrl,
  order_milestone: (v) => v.orderUrl,
  document_verified: (v) => v.documentsUrl,
  document_rejected: (v) => v.documentsUrl,
  data_export_ready: (v) => v.downloadUrl,
  erasure_done: () => SAMPLE_BRAND.siteUrl,
  saved_search_digest: (v) => v.searchUrl,
  account_confirmation: (v) => v.confirmUrl,
  password_reset: (v) => v.resetUrl,
  email_change_confirm: (v) => v.confirmUrl,
  password_changed: (v) => v.resetUrl,
  email_change_requested: (v) => v.resetUrl,
}

function actionUrl<T extends TemplateName>(name: T): string {
  return ACTION_URL[name](SAMPLE_VARIABLES[name])
}

const SCRIPT = '<script>alert(1)</script>'

describe('message templates', () => {
  it('covers every message of types.ts with a sample', () => {
    expect(NAMES).toHaveLength(19)
  })

  for (const name of NAMES) {
    for (const locale of LOCALES) {
      it(`${name} (${locale}) renders a subject, an HTML e-mail, its text version and an SMS`, () => {
        const url = actionUrl(name)
        const { subject, html, text } = renderEmail(name, locale, SAMPLE_VARIABLES[name], SAMPLE_BRAND)
        expect(subject.trim()).not.toBe('')
        expect(subject).not.toMatch(/\n/)
        expect(html).toContain(`<html lang="${locale}"`)
        expect(html).toContain(`href="${url.replace(/&/g, '&amp;')}"`)
        expect(html).toContain(SAMPLE_BRAND.siteName)
        expect(text).toContain(url)
        expect(text).not.toMatch(/<[a-z]/i)
        const sms = renderSms(name, locale, SAMPLE_VARIABLES[name], SAMPLE_BRAND)
        expect(sms.length).toBeGreaterThan(20)
        expect(sms.length).toBeLessThanOrEqual(320)
        expect(sms).toContain(url)
        expect(sms).not.toMatch(/<[a-z]/i)
      })
    }

    it(`${name}: French and English subjects differ`, () => {
      const french = renderEmail(name, 'fr', SAMPLE_VARIABLES[name], SAMPLE_BRAND).subject
      const english = renderEmail(name, 'en', SAMPLE_VARIABLES[name], SAMPLE_BRAND).subject
      expect(french).not.toBe(english)
    })
  }

  it('escapes every variable that reaches the HTML', () => {
    const rejected = { ...SAMPLE_VARIABLES.document_rejected, firstName: SCRIPT, reason: `"${SCRIPT}"` }
    const staff = {
      ...SAMPLE_VARIABLES.staff_new_request,
      customerName: SCRIPT,
      message: SCRIPT,
      vehicle: `<img src=x onerror=alert(1)>`,
    }
    const milestone = {
      ...SAMPLE_VARIABLES.order_milestone,
      note: SCRIPT,
      order: { ...SAMPLE_VARIABLES.order_milestone.order, number: SCRIPT },
    }
    const digest = {
      ...SAMPLE_VARIABLES.saved_search_digest,
      searchName: SCRIPT,
      vehicles: [{ title: SCRIPT, price: 100, url: 'https://autoport.example/v/1"onmouseover="alert(1)' }],
    }
    for (const locale of LOCALES) {
      for (const html of [
        renderEmail('document_rejected', locale, rejected, SAMPLE_BRAND).html,
        renderEmail('staff_new_request', locale, staff, SAMPLE_BRAND).html,
        renderEmail('order_milestone', locale, milestone, SAMPLE_BRAND).html,
        renderEmail('saved_search_digest', locale, digest, SAMPLE_BRAND).html,
        renderEmail('quote_sent', locale, SAMPLE_VARIABLES.quote_sent, { ...SAMPLE_BRAND, siteName: SCRIPT }).html,
      ]) {
        expect(html).not.toContain('<script')
        expect(html).not.toContain('<img src=x')
        expect(html).not.toContain('"onmouseover=')
        expect(html).toContain('&lt;script&gt;')
      }
    }
    // The text version is plain text: it keeps what was typed.
    expect(renderEmail('document_rejected', 'fr', rejected, SAMPLE_BRAND).text).toContain(SCRIPT)
  })

  it('emits only http(s) links: anything else becomes the site address', () => {
    for (const bad of ['javascript:alert(1)', ' JavaScript:alert(1)', 'data:text/html,<b>x</b>', 'vbscript:x']) {
      const variables = { ...SAMPLE_VARIABLES.order_milestone, orderUrl: bad }
      for (const locale of LOCALES) {
        const { html, text } = renderEmail('order_milestone', locale, variables, SAMPLE_BRAND)
        const sms = renderSms('order_milestone', locale, variables, SAMPLE_BRAND)
        for (const output of [html, text, sms]) {
          expect(output.toLowerCase()).not.toContain('javascript:')
          expect(output).not.toContain('data:text')
          expect(output).not.toContain('vbscript:')
        }
        expect(html).toContain(`href="${SAMPLE_BRAND.siteUrl}"`)
        expect(sms).toContain(SAMPLE_BRAND.siteUrl)
      }
    }
    const digest = {
      ...SAMPLE_VARIABLES.saved_search_digest,
      vehicles: [{ title: 'Car', price: 100, url: 'javascript:alert(1)', imageUrl: 'javascript:alert(2)' }],
      unsubscribeUrl: 'javascript:alert(3)',
    }
    expect(renderEmail('saved_search_digest', 'en', digest, SAMPLE_BRAND).html).not.toContain('javascript:')
  })

  it('reads a path against the site', () => {
    const variables = { ...SAMPLE_VARIABLES.document_verified, documentsUrl: '/fr/account/documents' }
    expect(renderEmail('document_verified', 'fr', variables, SAMPLE_BRAND).text).toContain(
      'https://autoport.example/fr/account/documents',
    )
  })

  it('formats amounts in the reader’s language, as the storefront does', () => {
    const fr = renderEmail('quote_sent', 'fr', SAMPLE_VARIABLES.quote_sent, SAMPLE_BRAND)
    const en = renderEmail('quote_sent', 'en', SAMPLE_VARIABLES.quote_sent, SAMPLE_BRAND)
    // Narrow no-break space between thousands, no-break space before the euro sign; no ",00".
    expect(fr.html).toContain('246\u202f000\u00a0€')
    expect(fr.text).toContain('246\u202f000\u00a0€')
    expect(fr.html).toContain(euros(24_600_000, 'fr'))
    expect(en.html).toContain('€246,000')
    expect(en.html).not.toContain('€246,000.00')
    expect(en.text).toContain('€24,600')
    for (const line of SAMPLE_VARIABLES.quote_sent.lines) {
      expect(fr.text).toContain(euros(line.amount, 'fr'))
    }
  })

  it('writes dates in the reader’s language, on Paris time', () => {
    expect(renderEmail('quote_sent', 'fr', SAMPLE_VARIABLES.quote_sent, SAMPLE_BRAND).text).toContain('14 mars 2026')
    expect(renderEmail('quote_sent', 'en', SAMPLE_VARIABLES.quote_sent, SAMPLE_BRAND).text).toContain('14 March 2026')
    // 23:30 UTC on 31 March is already 1 April in Paris.
    const late = { ...SAMPLE_VARIABLES.quote_expiring, validUntil: '2026-03-31T23:30:00.000Z' }
    expect(renderEmail('quote_expiring', 'fr', late, SAMPLE_BRAND).subject).toContain('1er avril 2026')
    expect(renderEmail('quote_expiring', 'en', late, SAMPLE_BRAND).subject).toContain('1 April 2026')
  })

  it('names milestones, payment methods and document types in words', () => {
    const milestone = renderEmail('order_milestone', 'fr', SAMPLE_VARIABLES.order_milestone, SAMPLE_BRAND)
    expect(milestone.text).toContain('Expédié')
    expect(milestone.text).toContain('9 avril 2026')
    const customs = { ...SAMPLE_VARIABLES.order_milestone, status: 'customs_cleared', eta: null }
    expect(renderEmail('order_milestone', 'en', customs, SAMPLE_BRAND).text).toContain('Customs cleared (846A)')
    const unknown = { ...SAMPLE_VARIABLES.order_milestone, status: 'towed_to_mars' }
    expect(renderEmail('order_milestone', 'en', unknown, SAMPLE_BRAND).text).toContain('towed_to_mars')

    const byCard = { ...SAMPLE_VARIABLES.payment_received, method: 'stripe' as const }
    expect(renderEmail('payment_received', 'fr', byCard, SAMPLE_BRAND).text).toContain('carte bancaire')
    expect(renderEmail('payment_received', 'en', SAMPLE_VARIABLES.payment_received, SAMPLE_BRAND).text).toContain(
      'bank transfer',
    )
    expect(renderEmail('payment_received', 'fr', SAMPLE_VARIABLES.payment_received, SAMPLE_BRAND).text).toContain(
      'virement',
    )

    expect(renderEmail('document_rejected', 'fr', SAMPLE_VARIABLES.document_rejected, SAMPLE_BRAND).subject).toContain(
      'pièce d’identité',
    )
    expect(renderEmail('document_verified', 'en', SAMPLE_VARIABLES.document_verified, SAMPLE_BRAND).subject).toContain(
      'proof of address',
    )
    const licence = { ...SAMPLE_VARIABLES.document_verified, documentType: 'driving_licence' }
    expect(renderEmail('document_verified', 'fr', licence, SAMPLE_BRAND).text).toContain('permis de conduire')
    const odd = { ...SAMPLE_VARIABLES.document_verified, documentType: 'insurance_card' }
    expect(renderEmail('document_verified', 'en', odd, SAMPLE_BRAND).text).toContain('insurance_card')
  })

  it('writes French typography: curly apostrophes and a no-break space before double punctuation', () => {
    const { text, html } = renderEmail('quote_sent', 'fr', SAMPLE_VARIABLES.quote_sent, SAMPLE_BRAND)
    expect(text).toContain('l’acompte')
    expect(text).not.toMatch(/ [:;?!]/)
    expect(html).not.toMatch(/[a-zé]'[a-zé]/i)
  })

  it('keeps the SMS within 320 characters and its link whole, however long the names', () => {
    const long = {
      ...SAMPLE_VARIABLES.quote_sent,
      vehicle: 'Mercedes-Benz '.repeat(40),
      quoteNumber: 'DEV-'.repeat(30),
    }
    for (const locale of LOCALES) {
      const sms = renderSms('quote_sent', locale, long, SAMPLE_BRAND)
      expect(sms.length).toBeLessThanOrEqual(320)
      expect(sms.endsWith(` ${long.quoteUrl}`)).toBe(true)
    }
    const hugeLink = { ...SAMPLE_VARIABLES.quote_sent, quoteUrl: `https://autoport.example/${'x'.repeat(400)}` }
    const sms = renderSms('quote_sent', 'en', hugeLink, SAMPLE_BRAND)
    expect(sms.length).toBeLessThanOrEqual(320)
    expect(sms).toContain(SAMPLE_BRAND.siteUrl)
  })

  it('greets without a name and leaves out what is not known', () => {
    const bare = { ...SAMPLE_VARIABLES.quote_request_received, firstName: null, vehicle: null }
    expect(renderEmail('quote_request_received', 'fr', bare, SAMPLE_BRAND).text).toContain('Bonjour,')
    expect(renderEmail('quote_request_received', 'en', bare, SAMPLE_BRAND).text).toContain('Hello,')
    const brand = { siteName: 'Autoport', siteUrl: 'https://autoport.example' }
    const { text, html } = renderEmail('quote_sent', 'en', SAMPLE_VARIABLES.quote_sent, brand)
    expect(text).not.toContain('undefined')
    expect(html).not.toContain('undefined')
  })

  it('offers the way out of a saved-search alert', () => {
    const { html, text } = renderEmail('saved_search_digest', 'fr', SAMPLE_VARIABLES.saved_search_digest, SAMPLE_BRAND)
    const unsubscribe = SAMPLE_VARIABLES.saved_search_digest.unsubscribeUrl
    expect(html).toContain(unsubscribe)
    expect(text).toContain(unsubscribe)
    for (const vehicle of SAMPLE_VARIABLES.saved_search_digest.vehicles) expect(html).toContain(vehicle.url)
  })
})
