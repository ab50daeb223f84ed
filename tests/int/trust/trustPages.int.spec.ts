import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { counterpartPath, slugInLanguage } from '@/domain/pageSlugs'
import { legalNoticeFacts } from '@/domain/legalNotice'
import { withIdsFrom } from '@/seed/localize'
import { findPageBySlug, publishedPageSlugs } from '@/server/pageSlugs'
import type { World } from '../../helpers/fixtures'
import { rest } from '../../helpers/rest'
import { freshWorld, tokenOf } from '../../helpers/world'

const context = { disableRevalidate: true }
const layout = [
  { blockType: 'faq' as const, heading: 'Questions', items: [{ question: 'Délai ?', answer: 'Six semaines.' }] },
]

describe('trust pages', () => {
  let payload: Payload
  let world: World
  beforeAll(async () => ({ payload, world } = await freshWorld()))

  /** A published page with a French and an English slug, as marketing makes one. */
  async function page(fr: string, en: string | null) {
    const french = await payload.create({
      collection: 'pages',
      locale: 'fr',
      data: { title: `Titre ${fr}`, slug: fr, layout, _status: 'published' },
      context,
    })
    if (en === null) return french
    return payload.update({
      collection: 'pages',
      id: french.id,
      locale: 'en',
      data: { title: `Title ${en}`, slug: en, layout: withIdsFrom(layout, french.layout), _status: 'published' },
      context,
    })
  }

  describe('localized slugs', () => {
    it('finds a page by its slug in each language, and not by the other language’s slug', async () => {
      const created = await page('qui-sommes-nous', 'who-we-are')
      expect((await findPageBySlug(payload, 'qui-sommes-nous', 'fr'))?.id).toBe(created.id)
      expect((await findPageBySlug(payload, 'who-we-are', 'en'))?.id).toBe(created.id)
      expect((await findPageBySlug(payload, 'who-we-are', 'en'))?.title).toBe('Title who-we-are')
      expect(await findPageBySlug(payload, 'qui-sommes-nous', 'en')).toBeNull()
      expect(await findPageBySlug(payload, 'who-we-are', 'fr')).toBeNull()
    })

    it('gives the language switch and the redirect of old addresses their target', async () => {
      await page('garanties', 'warranties')
      const pairs = await publishedPageSlugs(payload)
      expect(pairs).toEqual(expect.arrayContaining([expect.objectContaining({ fr: 'garanties', en: 'warranties' })]))
      expect(counterpartPath('/garanties', 'fr', pairs)).toBe('/en/warranties')
      expect(counterpartPath('/en/warranties', 'en', pairs)).toBe('/garanties')
      // /en/garanties (bookmarked before English slugs) moves to /en/warranties.
      expect(slugInLanguage('garanties', 'en', pairs)).toBe('warranties')
    })

    it('lists a page without an English slug under its French one in both languages', async () => {
      await page('financement', null)
      const pairs = await publishedPageSlugs(payload)
      expect(pairs).toEqual(expect.arrayContaining([expect.objectContaining({ fr: 'financement', en: 'financement' })]))
    })

    it('lists only published pages', async () => {
      const draft = await payload.create({
        collection: 'pages',
        locale: 'fr',
        data: { title: 'Brouillon', slug: 'brouillon-secret', layout, _status: 'draft' },
        context,
      })
      const pairs = await publishedPageSlugs(payload)
      expect(pairs.some((pair) => pair.id === draft.id)).toBe(false)
    })

    it('lets two languages share a slug, but not two pages in one language', async () => {
      await page('contact-pro', 'contact-pro')
      await expect(page('contact-pro', 'business-contact')).rejects.toThrow()
      const other = await page('presse', 'press')
      await expect(
        payload.update({ collection: 'pages', id: other.id, locale: 'en', data: { slug: 'who-we-are' }, context }),
      ).rejects.toThrow()
    })

    it('refuses a slug the storefront uses itself, in English too', async () => {
      const created = await page('reserve', 'reserved-words')
      const refused = await rest('PATCH', `/api/pages/${created.id}?locale=en`, {
        token: tokenOf(world, 'marketing'),
        body: { slug: 'vehicles' },
      })
      expect(refused.status).toBe(400)
    })

    it('lets marketing give a page its English slug over REST (after the migration both are the French one)', async () => {
      const created = await page('livraison', 'livraison')
      const renamed = await rest('PATCH', `/api/pages/${created.id}?locale=en`, {
        token: tokenOf(world, 'marketing'),
        body: { slug: 'Delivery Options' },
      })
      expect(renamed.status).toBe(200)
      expect(renamed.body.doc.slug).toBe('delivery-options')
      expect((await findPageBySlug(payload, 'livraison', 'fr'))?.id).toBe(created.id)
      expect((await findPageBySlug(payload, 'delivery-options', 'en'))?.id).toBe(created.id)
    })
  })

  describe('legal notice settings', () => {
    beforeAll(async () => {
      await payload.updateGlobal({
        slug: 'site-settings',
        context,
        data: {
          seller: {
            legalName: 'Autoport SAS',
            legalForm: 'SAS',
            address: '27 rue de Gerland\n69007 Lyon',
            siret: '912 345 675 00017',
            rcs: 'Lyon B 912 345 675',
            vatNumber: 'FR65912345675',
          },
          legal: {
            shareCapital: '50 000 €',
            publicationDirector: 'Alice Admin',
            privacyContact: 'dpo@autoport.test',
            host: {
              name: 'Hébergeur Exemple SAS',
              address: '12 rue de l’Exemple, 75002 Paris',
              phone: '+33 1 84 00 00 00',
            },
            termsVersion: '2026-12-01',
          },
        },
      })
    })

    it('are public, and the legal notice states them with the SIREN taken from the SIRET', async () => {
      const read = await rest('GET', '/api/globals/site-settings?depth=0')
      expect(read.status).toBe(200)
      expect(read.body.legal).toMatchObject({ publicationDirector: 'Alice Admin', termsVersion: '2026-12-01' })
      const facts = legalNoticeFacts(read.body)
      expect(Object.fromEntries(facts.publisher)).toMatchObject({
        publisher: 'Autoport SAS',
        shareCapital: '50 000 €',
        siren: '912 345 675',
        rcs: 'Lyon B 912 345 675',
        vatNumber: 'FR65912345675',
        director: 'Alice Admin',
        privacyContact: 'dpo@autoport.test',
      })
      expect(Object.fromEntries(facts.host)).toEqual({
        hostName: 'Hébergeur Exemple SAS',
        hostAddress: '12 rue de l’Exemple, 75002 Paris',
        hostPhone: '+33 1 84 00 00 00',
      })
    })

    it('only an admin changes them', async () => {
      for (const actor of ['marketing', 'sales', 'customer', 'anonymous'] as const) {
        const refused = await rest('POST', '/api/globals/site-settings', {
          token: tokenOf(world, actor),
          body: { legal: { termsVersion: 'forged', publicationDirector: 'Mallory' } },
        })
        expect(refused.status, actor).toBeGreaterThanOrEqual(400)
      }
      expect((await payload.findGlobal({ slug: 'site-settings' })).legal?.termsVersion).toBe('2026-12-01')
      const changed = await rest('POST', '/api/globals/site-settings', {
        token: tokenOf(world, 'admin'),
        body: { legal: { termsVersion: '2026-12-15' } },
      })
      expect(changed.status).toBe(200)
      expect((await payload.findGlobal({ slug: 'site-settings' })).legal?.termsVersion).toBe('2026-12-15')
    })
  })

  describe('accepted terms on the quote', () => {
    it('records the version in force when the customer accepts; the customer cannot write it', async () => {
      await payload.updateGlobal({ slug: 'site-settings', context, data: { legal: { termsVersion: 'cgv-v7' } } })
      const quote = world.quoteA
      const forged = await rest('PATCH', `/api/quotes/${quote.id}`, {
        token: world.a.token,
        body: { acceptedTermsVersion: 'cgv-v0-forged' },
      })
      expect(forged.status).toBeLessThan(500)
      expect(
        (await payload.findByID({ collection: 'quotes', id: quote.id, depth: 0 })).acceptedTermsVersion,
      ).toBeFalsy()

      const accepted = await rest('PATCH', `/api/quotes/${quote.id}`, {
        token: world.a.token,
        body: { status: 'accepted', acceptedTermsVersion: 'cgv-v0-forged' },
      })
      expect(accepted.status).toBe(200)
      const stored = await payload.findByID({ collection: 'quotes', id: quote.id, depth: 0 })
      expect(stored.acceptedTermsVersion).toBe('cgv-v7')
      expect(stored.status).toBe('converted')

      // Later changes to the terms do not rewrite what was accepted.
      await payload.updateGlobal({ slug: 'site-settings', context, data: { legal: { termsVersion: 'cgv-v8' } } })
      await payload.update({ collection: 'quotes', id: quote.id, data: { internalNotes: 'Called.' }, context })
      expect((await payload.findByID({ collection: 'quotes', id: quote.id, depth: 0 })).acceptedTermsVersion).toBe(
        'cgv-v7',
      )
      // The customer reads it on their quote; staff cannot overwrite it either.
      const read = await rest('GET', `/api/quotes/${quote.id}?depth=0`, { token: world.a.token })
      expect(read.body.acceptedTermsVersion).toBe('cgv-v7')
      await rest('PATCH', `/api/quotes/${quote.id}`, {
        token: tokenOf(world, 'sales'),
        body: { acceptedTermsVersion: 'cgv-v9' },
      })
      expect((await payload.findByID({ collection: 'quotes', id: quote.id, depth: 0 })).acceptedTermsVersion).toBe(
        'cgv-v7',
      )
    })

    it('leaves a declined quote without a terms version', async () => {
      const declined = await rest('PATCH', `/api/quotes/${world.quoteB.id}`, {
        token: world.b.token,
        body: { status: 'declined' },
      })
      expect(declined.status).toBe(200)
      expect(
        (await payload.findByID({ collection: 'quotes', id: world.quoteB.id, depth: 0 })).acceptedTermsVersion,
      ).toBeFalsy()
    })
  })
})
