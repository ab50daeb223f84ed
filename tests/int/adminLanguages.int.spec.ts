import { getTranslation } from '@payloadcms/translations'
import { en } from '@payloadcms/translations/languages/en'
import { fr } from '@payloadcms/translations/languages/fr'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { untranslated } from '@/admin/i18n/translateConfig'
import type { World } from '../helpers/fixtures'
import { rest } from '../helpers/rest'
import { freshWorld, tokenOf } from '../helpers/world'

// Payload's own i18n objects: a label `{ en, fr }` read the way the admin reads it.
const inLanguage = (label: unknown, language: 'fr' | 'en') =>
  getTranslation(label as Record<string, string>, { language, fallbackLanguage: 'fr' } as never)

describe('the admin in French and English', () => {
  let payload: Payload
  let world: World
  beforeAll(async () => ({ payload, world } = await freshWorld()))

  it('offers French and English, French when the browser asks for neither', () => {
    expect(Object.keys(payload.config.i18n.supportedLanguages).sort()).toEqual(['en', 'fr'])
    expect(payload.config.i18n.fallbackLanguage).toBe('en')
    expect(payload.config.i18n.supportedLanguages.fr?.translations.general.dashboard).toBe(
      fr.translations.general.dashboard,
    )
    expect(payload.config.i18n.supportedLanguages.en?.translations.general.dashboard).toBe(
      en.translations.general.dashboard,
    )
  })

  it('has French for every label, description, option and group of our collections and globals', () => {
    expect(untranslated([...payload.config.collections, ...payload.config.globals])).toEqual([])
  })

  it('names collections, groups, fields and options in both languages, database names unchanged', () => {
    const quotes = payload.collections.quotes.config
    expect(inLanguage(quotes.labels.plural, 'fr')).toBe('Devis')
    expect(inLanguage(quotes.labels.plural, 'en')).toBe('Quotes')
    expect(inLanguage(quotes.admin.group, 'fr')).toBe('Ventes')
    const customers = payload.collections.customers.config
    const firstName = customers.flattenedFields.find((field) => field.name === 'firstName')!
    expect(inLanguage(firstName.label, 'fr')).toBe('Prénom')
    expect(inLanguage(firstName.label, 'en')).toBe('First Name')
    const orders = payload.collections.orders.config
    const status = orders.flattenedFields.find((field) => field.name === 'status')!
    const awaiting = (status as { options: { value: string; label: unknown }[] }).options.find(
      (option) => option.value === 'awaiting_deposit',
    )!
    expect(inLanguage(awaiting.label, 'fr')).toBe('Acompte en attente')
    expect(inLanguage(awaiting.label, 'en')).toBe('Awaiting deposit')
  })

  it('titles customers by name and lists quotes and orders by what staff look for', () => {
    expect(payload.collections.customers.config.admin.useAsTitle).toBe('fullName')
    expect(payload.collections.users.config.admin.useAsTitle).toBe('name')
    expect(payload.collections.quotes.config.admin.defaultColumns).toEqual([
      'number',
      'customer',
      'vehicleLabel',
      'totals',
      'status',
      'validUntil',
    ])
    expect(payload.collections.orders.config.admin.defaultColumns?.slice(0, 5)).toEqual([
      'number',
      'customer',
      'vehicleLabel',
      'status',
      'amountDue',
    ])
  })

  describe('a customer’s full name', () => {
    it('is written on registration and read through REST', async () => {
      const email = `fullname.${Date.now()}@customer.test`
      const created = await rest('POST', '/api/customers', {
        body: { email, password: 'a-long-password-1', firstName: ' Éloïse ', lastName: 'Dupont  Martin' },
      })
      expect(created.status).toBe(201)
      const read = await rest('GET', `/api/customers/${created.body.doc.id}`, { token: tokenOf(world, 'sales') })
      expect(read.body.fullName).toBe('Éloïse Dupont Martin')
    })

    it('follows a change of name, by staff or by the customer, and ignores a name sent for it', async () => {
      const id = world.a.user.id
      const bySales = await rest('PATCH', `/api/customers/${id}`, {
        token: tokenOf(world, 'sales'),
        body: { lastName: 'Lefèvre', fullName: 'Someone Else' },
      })
      expect(bySales.status).toBe(200)
      expect(bySales.body.doc.fullName).toBe(`${world.a.user.firstName} Lefèvre`)

      const byCustomer = await rest('PATCH', `/api/customers/${id}`, {
        token: world.a.token,
        body: { firstName: 'Anaïs', fullName: 'Not me' },
      })
      expect(byCustomer.status).toBe(200)
      const read = await rest('GET', `/api/customers/${id}`, { token: tokenOf(world, 'admin') })
      expect(read.body.fullName).toBe('Anaïs Lefèvre')
    })

    it('is the e-mail for an account that gave no name', async () => {
      const email = `noname.${Date.now()}@customer.test`
      const created = await rest('POST', '/api/customers', {
        token: tokenOf(world, 'sales'),
        body: { email, password: 'a-long-password-1' },
      })
      expect(created.status).toBe(201)
      expect(created.body.doc.fullName).toBe(email)
    })

    it('is what staff search and sort customers by, as relationship fields do', async () => {
      const found = await rest('GET', `/api/customers?where[fullName][like]=Lefèvre&sort=fullName`, {
        token: tokenOf(world, 'sales'),
      })
      expect(found.status).toBe(200)
      expect(found.body.docs.map((doc: { id: string }) => doc.id)).toEqual([world.a.user.id])
    })

    it('names the customer of a quote when it is populated', async () => {
      const quote = await rest('GET', `/api/quotes/${world.quoteB.id}?depth=1`, { token: tokenOf(world, 'sales') })
      expect(quote.status).toBe(200)
      expect(quote.body.customer.fullName).toBe(`${world.b.user.firstName} ${world.b.user.lastName}`)
    })
  })
})
