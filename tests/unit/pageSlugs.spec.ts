import { describe, expect, it } from 'vitest'

import { counterpartPath, pageHref, slugInLanguage, type SlugPair } from '@/domain/pageSlugs'

const PAIRS: SlugPair[] = [
  { fr: 'accueil', en: 'accueil' },
  { fr: 'a-propos', en: 'about' },
  { fr: 'mentions-legales', en: 'legal-notice' },
  { fr: 'contact', en: 'contact' },
]

describe('slugInLanguage: where an address in the wrong language goes', () => {
  it('sends the French slug under /en to the English one', () => {
    expect(slugInLanguage('a-propos', 'en', PAIRS)).toBe('about')
  })
  it('sends the English slug at the French root to the French one', () => {
    expect(slugInLanguage('about', 'fr', PAIRS)).toBe('a-propos')
  })
  it('leaves a page’s own address and an unknown slug alone', () => {
    expect(slugInLanguage('about', 'en', PAIRS)).toBeNull()
    expect(slugInLanguage('contact', 'en', PAIRS)).toBeNull()
    expect(slugInLanguage('nowhere', 'en', PAIRS)).toBeNull()
  })
})

describe('pageHref: a settings link in the visitor’s language', () => {
  it('translates a page written with its French slug', () => {
    expect(pageHref('/a-propos', 'en', PAIRS)).toBe('/about')
    expect(pageHref('/a-propos', 'fr', PAIRS)).toBe('/a-propos')
  })
  it('translates a page written with its English slug, keeping the anchor or query', () => {
    expect(pageHref('/legal-notice#host', 'fr', PAIRS)).toBe('/mentions-legales#host')
    expect(pageHref('/about?x=1', 'en', PAIRS)).toBe('/about?x=1')
  })
  it('leaves the storefront’s own routes and outside links alone', () => {
    expect(pageHref('/vehicles', 'en', PAIRS)).toBe('/vehicles')
    expect(pageHref('/vehicles/bmw-x5', 'en', PAIRS)).toBe('/vehicles/bmw-x5')
    expect(pageHref('mailto:contact@autoport.test', 'en', PAIRS)).toBe('mailto:contact@autoport.test')
    expect(pageHref('https://example.com/a-propos', 'en', PAIRS)).toBe('https://example.com/a-propos')
  })
})

describe('counterpartPath: the language switch', () => {
  it('goes from a French page to its English slug', () => {
    expect(counterpartPath('/a-propos', 'fr', PAIRS)).toBe('/en/about')
  })
  it('goes from an English page to its French slug', () => {
    expect(counterpartPath('/en/legal-notice', 'en', PAIRS)).toBe('/mentions-legales')
  })
  it('keeps other paths and the home page', () => {
    expect(counterpartPath('/', 'fr', PAIRS)).toBe('/en')
    expect(counterpartPath('/en', 'en', PAIRS)).toBe('/')
    expect(counterpartPath('/vehicles/bmw-x5', 'fr', PAIRS)).toBe('/en/vehicles/bmw-x5')
    expect(counterpartPath('/en/account/quotes/1', 'en', PAIRS)).toBe('/account/quotes/1')
  })
  it('keeps a slug that is not a page (a top-level route) as it is', () => {
    expect(counterpartPath('/vehicles', 'fr', PAIRS)).toBe('/en/vehicles')
  })
})
