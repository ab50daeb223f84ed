import type { CollectionConfig } from 'payload'
import { describe, expect, it } from 'vitest'

import { translateCollection, untranslated } from '@/admin/i18n/translateConfig'
import { adminWords } from '@/admin/i18n/words'

const sample: CollectionConfig = {
  slug: 'quotes',
  admin: { group: 'Sales', description: 'Not a sentence we translate' },
  fields: [
    { name: 'firstName', type: 'text' },
    { name: 'kycStatus', label: 'KYC status', type: 'select', options: [{ value: 'verified', label: 'Verified' }] },
    { name: 'status', type: 'select', options: ['awaiting_deposit', 'some_value'] },
    {
      name: 'timeline',
      type: 'array',
      admin: { description: 'Every consent change, kept as evidence (GDPR art. 7).' },
      fields: [{ name: 'note', type: 'text', label: ({ t }) => t('general:note' as never) }],
    },
    { name: 'zzzUnknownField', type: 'text' },
  ],
}

describe('the admin’s French beside its English', () => {
  const translated = translateCollection(sample)
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- fields of every kind, read key by key
  const fields = translated.fields as any[]

  it('names a known collection and its group in both languages', () => {
    expect(translated.labels).toEqual({
      singular: { en: 'Quote', fr: 'Devis' },
      plural: { en: 'Quotes', fr: 'Devis' },
    })
    expect(translated.admin?.group).toEqual({ en: 'Sales', fr: 'Ventes' })
  })

  it('labels fields by their English text or their name, keeping Payload’s English', () => {
    expect(fields[0].label).toEqual({ en: 'First Name', fr: 'Prénom' })
    expect(fields[1].label).toEqual({ en: 'KYC status', fr: 'Statut KYC' })
    expect(fields[1].options).toEqual([{ value: 'verified', label: { en: 'Verified', fr: 'Vérifié' } }])
    expect(fields[0].name).toBe('firstName')
  })

  it('gives bare option values their words, and leaves unknown ones as they are', () => {
    expect(fields[2].options).toEqual([
      { value: 'awaiting_deposit', label: { en: 'Awaiting deposit', fr: 'Acompte en attente' } },
      'some_value',
    ])
  })

  it('translates descriptions and row labels, and keeps label functions', () => {
    expect(fields[3].admin.description).toEqual({
      en: 'Every consent change, kept as evidence (GDPR art. 7).',
      fr: 'Chaque changement de consentement, conservé comme preuve (RGPD art. 7).',
    })
    expect(fields[3].labels).toEqual({
      singular: { en: 'Timeline', fr: 'Historique' },
      plural: { en: 'Timelines', fr: 'Historiques' },
    })
    expect(typeof fields[3].fields[0].label).toBe('function')
  })

  it('reports what still has no French', () => {
    expect(untranslated([translated])).toEqual(['quotes.zzzUnknownField: Zzz Unknown Field'])
  })

  it('has the components’ words in French unless English is chosen', () => {
    expect(adminWords('fr').dashboard.quotesToAnswer).toBe('Devis à traiter')
    expect(adminWords('en').dashboard.quotesToAnswer).toBe('Quotes to answer')
    expect(adminWords('de').dashboard.quotesToAnswer).toBe('Devis à traiter')
    expect(adminWords('fr').dashboard.paymentsRefundsDeducted(2)).toBe('2 paiements, remboursements déduits.')
    expect(adminWords('en').dashboard.paymentsRefundsDeducted(1)).toBe('1 payment, refunds deducted.')
  })
})
