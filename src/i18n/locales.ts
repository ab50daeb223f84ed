/** The languages and the one served without a prefix; plain values a browser component may import. */
export const LOCALES = ['fr', 'en'] as const
export const DEFAULT_LOCALE = 'fr'
