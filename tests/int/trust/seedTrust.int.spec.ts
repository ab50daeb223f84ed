import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { withIdsFrom } from '@/seed/localize'
import { seedPages } from '@/seed/pages'
import { seedLegalSettings, seedSiteSettings } from '@/seed/settings'
import { testPayload } from '../../helpers/payload'
import { resetDatabase } from '../../helpers/resetDatabase'

const context = { disableRevalidate: true }
type Slugs = { fr: string; en: string }

/** The seed's pages and legal settings alone (the full demo seed is checked in seed.int.spec.ts). */
describe('seeded trust pages and legal settings', () => {
  let payload: Payload
  beforeAll(async () => {
    payload = await testPayload()
    await resetDatabase(payload)
  })

  const slugs = async () =>
    (await payload.find({ collection: 'pages', locale: 'all', depth: 0, pagination: false })).docs.map(
      (doc) => doc.slug as unknown as Slugs,
    )

  it('gives a page the migration left with its French slug in English its English slug, and leaves edits alone', async () => {
    // As the migration leaves a page made before slugs were localized: the French slug in both languages.
    const layout = [{ blockType: 'faq' as const, items: [{ question: 'Q ?', answer: 'R.' }] }]
    const about = await payload.create({
      collection: 'pages',
      locale: 'fr',
      data: { title: 'À propos', slug: 'a-propos', layout, _status: 'published' },
      context,
    })
    const english = { title: 'About', layout: withIdsFrom(layout, about.layout) }
    await payload.update({
      collection: 'pages',
      id: about.id,
      locale: 'en',
      data: { ...english, slug: 'a-propos' },
      context,
    })
    // One marketing already renamed in English.
    const how = await payload.create({
      collection: 'pages',
      locale: 'fr',
      data: { title: 'Comment ça marche', slug: 'comment-ca-marche', layout, _status: 'published' },
      context,
    })
    await payload.update({
      collection: 'pages',
      id: how.id,
      locale: 'en',
      data: { title: 'How', layout: withIdsFrom(layout, how.layout), slug: 'our-method' },
      context,
    })

    await seedSiteSettings(payload, context)
    const report = await seedPages(payload, context, undefined)
    expect(report).toContain('1 given their English slug')
    expect(await slugs()).toEqual(
      expect.arrayContaining([
        { fr: 'a-propos', en: 'about' },
        { fr: 'comment-ca-marche', en: 'our-method' },
        { fr: 'conditions-generales-de-vente', en: 'terms-of-sale' },
        { fr: 'confidentialite', en: 'privacy-policy' },
        { fr: 'cookies', en: 'cookie-policy' },
        { fr: 'mentions-legales', en: 'legal-notice' },
        { fr: 'contact', en: 'contact' },
        { fr: 'accueil', en: 'accueil' },
      ]),
    )
    // The existing page's content was not replaced.
    expect((await payload.findByID({ collection: 'pages', id: about.id, depth: 0 })).layout[0]?.blockType).toBe('faq')
  })

  it('fills the legal settings and the legal pages, then leaves an admin’s edits alone', async () => {
    expect(await seedLegalSettings(payload, context)).toMatch(/^Seeded legal settings/)
    const settings = await payload.findGlobal({ slug: 'site-settings', depth: 1 })
    const slugOf = (page: unknown) => (page && typeof page === 'object' ? (page as { slug?: string }).slug : null)
    expect(
      [
        settings.legal?.legalNoticePage,
        settings.legal?.termsPage,
        settings.legal?.privacyPage,
        settings.legal?.cookiePage,
      ].map(slugOf),
    ).toEqual(['mentions-legales', 'conditions-generales-de-vente', 'confidentialite', 'cookies'])
    expect(settings.legal).toMatchObject({ termsVersion: expect.any(String), publicationDirector: expect.any(String) })
    expect(settings.seller?.siret).toBeTruthy()
    // Footer links name the contact page, not a mail address; the legal pages come from the settings.
    expect(settings.footerLinks?.map((link) => link.href)).toEqual(['/a-propos', '/comment-ca-marche', '/contact'])

    await payload.updateGlobal({
      slug: 'site-settings',
      context,
      data: { legal: { ...settings.legal, termsVersion: 'edited', termsPage: null } },
    })
    await seedLegalSettings(payload, context)
    const after = await payload.findGlobal({ slug: 'site-settings', depth: 0 })
    expect(after.legal?.termsVersion).toBe('edited')
    // An unset page is set again (it is required on every footer and quote).
    expect(after.legal?.termsPage).toBeTruthy()
  })

  it('adds no page when run again', async () => {
    const before = await payload.count({ collection: 'pages' })
    expect(await seedPages(payload, context, undefined)).toContain('0 given their English slug')
    expect(await payload.count({ collection: 'pages' })).toEqual(before)
  })
})
