import type { Payload, RequestContext } from 'payload'

import { fromDomainImportRules, toDomainImportRules, type ImportRulesData } from '@/globals/ImportRules/mapping'
import { ANY_ORIGIN } from '@/domain/serviceDefaults'
import type { SiteSetting } from '@/payload-types'
import { importRulesFr } from './data/importRulesFr'
import { SHOWROOM } from './data/places'
import { LEGAL_PAGES, TERMS_VERSION } from './legalPages'
import { withRowIds } from './localize'

const eur = (euros: number) => euros * 100

/** Always written when it differs from the code, so a rule fixed in code reaches the demo. */
export async function seedImportRules(payload: Payload, context: RequestContext): Promise<string> {
  const stored = await payload.findGlobal({ slug: 'import-rules', depth: 0, context })
  const current = JSON.stringify(toDomainImportRules(stored as unknown as ImportRulesData))
  if (current === JSON.stringify(toDomainImportRules(fromDomainImportRules(importRulesFr)))) {
    return `Import rules already up to date (version ${importRulesFr.version})`
  }
  await payload.updateGlobal({ slug: 'import-rules', data: fromDomainImportRules(importRulesFr), context })
  return `Seeded import rules (version ${importRulesFr.version})`
}

type Localized = { fr: string; en: string }
const NAVIGATION: { label: Localized; href: string }[] = [
  { label: { fr: 'Véhicules', en: 'Vehicles' }, href: '/vehicles' },
  { label: { fr: 'Faire sourcer', en: 'Source a car' }, href: '/quote' },
  { label: { fr: 'Comment ça marche', en: 'How it works' }, href: '/comment-ca-marche' },
]
// Written with the French slugs: the storefront shows each page's English slug in English. The legal
// pages are not listed here: the footer shows those chosen in Site settings › Legal on every page.
const FOOTER_LINKS: { label: Localized; href: string }[] = [
  { label: { fr: 'À propos', en: 'About us' }, href: '/a-propos' },
  { label: { fr: 'Comment ça marche', en: 'How it works' }, href: '/comment-ca-marche' },
  { label: { fr: 'Nous contacter', en: 'Contact us' }, href: '/contact' },
]

function brand(locale: 'fr' | 'en') {
  return {
    tagline:
      locale === 'fr'
        ? 'Votre voiture importée, au prix rendu en France.'
        : 'Your imported car, at its full French landed price.',
    navigation: NAVIGATION.map(({ label, href }) => ({ label: label[locale], href })),
    footerText:
      locale === 'fr'
        ? 'Autoport source, achète, transporte, dédouane et immatricule votre véhicule en Europe, au Japon, aux États-Unis et au Royaume-Uni. Prix rendu en France calculé ligne par ligne, paiements uniquement depuis votre espace client.'
        : 'Autoport sources, buys, ships, clears and registers your car from Europe, Japan, the United States and the United Kingdom. Full French landed price, line by line; payments only from your signed-in account.',
    footerLinks: FOOTER_LINKS.map(({ label, href }) => ({ label: label[locale], href })),
    openingHours:
      locale === 'fr'
        ? 'Du lundi au vendredi de 9 h à 19 h, le samedi de 10 h à 17 h, sur rendez-vous.'
        : 'Monday to Friday 9 am – 7 pm, Saturday 10 am – 5 pm, by appointment.',
  }
}

const QUOTE_DEFAULTS: NonNullable<SiteSetting['quoteDefaults']> = {
  validityDays: 14,
  depositPercent: 10,
  insurancePercent: 0.5,
  transport: [
    { origin: 'DE', amount: eur(900), inland: eur(400) },
    { origin: 'BE', amount: eur(800), inland: eur(350) },
    { origin: 'NL', amount: eur(850), inland: eur(400) },
    { origin: 'LU', amount: eur(800), inland: eur(350) },
    { origin: 'IT', amount: eur(1_100), inland: eur(450) },
    { origin: 'ES', amount: eur(1_200), inland: eur(500) },
    { origin: 'AT', amount: eur(1_050), inland: eur(450) },
    { origin: 'GB', amount: eur(1_400), portHandling: eur(250), inland: eur(450) },
    { origin: 'JP', amount: eur(2_400), portHandling: eur(350), inland: eur(500) },
    { origin: 'US', amount: eur(2_900), portHandling: eur(400), inland: eur(500) },
    { origin: 'KR', amount: eur(2_600), portHandling: eur(350), inland: eur(500) },
    { origin: ANY_ORIGIN, amount: eur(2_000), portHandling: eur(350), inland: eur(450) },
  ],
  cocCost: eur(250),
  rtiBudget: eur(2_500),
  collectorAttestation: eur(200),
  brokerFee: eur(450),
  technicalInspection: eur(90),
  serviceFee: eur(990),
}

/** A fictional company: the SIREN and SIRET pass the Luhn check and the VAT key matches the SIREN, as real ones do. */
const SELLER: NonNullable<SiteSetting['seller']> = {
  legalName: 'Autoport SAS',
  legalForm: 'SAS au capital de 50 000 €',
  address: `${SHOWROOM.address}\n${SHOWROOM.postcode} ${SHOWROOM.city}`,
  siret: '912 345 675 00017',
  rcs: 'Lyon B 912 345 675',
  vatNumber: 'FR65912345675',
  invoiceNote:
    'Paiement comptant, sans escompte. En cas de retard : pénalités au taux d’intérêt légal majoré de 10 points ' +
    'et indemnité forfaitaire de 40 € pour frais de recouvrement (art. L. 441-10 du Code de commerce).',
}

/**
 * Header, footer, showroom, bank details and quote defaults: written once on a fresh database, then
 * left to marketing and admins (a second run never overwrites their edits).
 */
export async function seedSiteSettings(payload: Payload, context: RequestContext): Promise<string> {
  const current = await payload.findGlobal({ slug: 'site-settings', depth: 0, context })
  if (current.navigation?.length) return 'Site settings already there'
  const french = await payload.updateGlobal({
    slug: 'site-settings',
    locale: 'fr',
    context,
    data: {
      siteName: 'Autoport',
      ...brand('fr'),
      showroom: {
        name: SHOWROOM.name,
        address: SHOWROOM.address,
        postcode: SHOWROOM.postcode,
        city: SHOWROOM.city,
        country: 'FR',
        lat: SHOWROOM.lat,
        lng: SHOWROOM.lng,
        phone: SHOWROOM.phone,
        email: SHOWROOM.email,
        openingHours: brand('fr').openingHours,
      },
      quoteDefaults: QUOTE_DEFAULTS,
      bankDetails: {
        holder: 'AUTOPORT SAS',
        iban: 'FR76 3000 4012 3400 0101 2345 615',
        bic: 'BNPAFRPPLYO',
        bank: 'BNP Paribas, agence Lyon Gerland',
      },
      seller: SELLER,
    },
  })
  const english = brand('en')
  await payload.updateGlobal({
    slug: 'site-settings',
    locale: 'en',
    context,
    data: {
      tagline: english.tagline,
      navigation: withRowIds(english.navigation, french.navigation),
      footerText: english.footerText,
      footerLinks: withRowIds(english.footerLinks, french.footerLinks),
      showroom: { ...french.showroom, openingHours: english.openingHours },
    },
  })
  return 'Seeded site settings (French and English)'
}

/** The legal facts of the fictional company, and its host (a fictional French host as well). */
const LEGAL = {
  shareCapital: '50 000 €',
  publicationDirector: 'Alice Admin',
  privacyContact: 'dpo@autoport.test',
  host: {
    name: 'Hébergeur Exemple SAS',
    address: '12 rue de l’Exemple\n75002 Paris\nFrance',
    phone: '+33 1 84 00 00 00',
  },
  termsVersion: TERMS_VERSION,
}

const LEGAL_PAGE_FIELDS = ['termsPage', 'privacyPage', 'cookiePage', 'legalNoticePage'] as const
const LEGAL_PAGE_SLUGS: Record<(typeof LEGAL_PAGE_FIELDS)[number], string> = {
  termsPage: LEGAL_PAGES[0].slug.fr,
  privacyPage: LEGAL_PAGES[1].slug.fr,
  cookiePage: LEGAL_PAGES[2].slug.fr,
  legalNoticePage: LEGAL_PAGES[3].slug.fr,
}

/**
 * Site settings › Legal, after the pages exist: the demo legal facts and the four legal pages. Only
 * what is still empty is written, so an admin's edits stay (and a database seeded before these
 * settings existed gets them).
 */
export async function seedLegalSettings(payload: Payload, context: RequestContext): Promise<string> {
  const current = await payload.findGlobal({ slug: 'site-settings', depth: 0, context })
  const legal = current.legal ?? {}
  const { docs } = await payload.find({
    collection: 'pages',
    where: { slug: { in: Object.values(LEGAL_PAGE_SLUGS) } },
    select: { slug: true },
    locale: 'fr',
    pagination: false,
    depth: 0,
  })
  const pageIds = Object.fromEntries(docs.map((doc) => [doc.slug, doc.id]))
  const missing: Record<string, unknown> = {}
  for (const field of LEGAL_PAGE_FIELDS) {
    if (!legal[field] && pageIds[LEGAL_PAGE_SLUGS[field]]) missing[field] = pageIds[LEGAL_PAGE_SLUGS[field]]
  }
  for (const key of ['shareCapital', 'publicationDirector', 'privacyContact', 'termsVersion'] as const) {
    if (!legal[key]) missing[key] = LEGAL[key]
  }
  if (!legal.host?.name && !legal.host?.address) missing.host = LEGAL.host
  if (!Object.keys(missing).length) return 'Legal settings already there'
  await payload.updateGlobal({ slug: 'site-settings', context, data: { legal: { ...legal, ...missing } } })
  return `Seeded legal settings (${Object.keys(missing).join(', ')})`
}
