import type { Payload, RequestContext } from 'payload'

import type { Page } from '@/payload-types'
import { LEGAL_PAGES } from './legalPages'
import { withIdsFrom } from './localize'
import { bulletList, heading, richText } from './richText'

type Locale = 'fr' | 'en'
type PageSeed = {
  /** Each language has its own address; the home page keeps "accueil" in both (the storefront asks for it). */
  slug: Record<Locale, string>
  title: Record<Locale, string>
  layout: (locale: Locale, heroImage?: string) => Page['layout']
}

const STEPS: Record<Locale, { title: string; text: string }[]> = {
  fr: [
    {
      title: 'Choisissez ou demandez',
      text: 'Un véhicule de notre stock, ou celui que nous trouvons pour vous en Europe, au Japon, aux États-Unis ou au Royaume-Uni.',
    },
    {
      title: 'Recevez le prix rendu',
      text: 'Transport, douane, TVA, malus, homologation et carte grise : chaque ligne calculée et sourcée, valable 14 jours.',
    },
    {
      title: 'Acceptez et versez l’acompte',
      text: '10 % par carte ou virement, uniquement depuis votre espace client. Nous achetons le véhicule.',
    },
    {
      title: 'Suivez le transport',
      text: 'Transporteur, navire, conteneur, date d’arrivée : tout est daté dans votre espace.',
    },
    {
      title: 'Dédouanement et homologation',
      text: 'Certificat 846A, COC ou réception à titre isolé : nous nous chargeons des démarches.',
    },
    {
      title: 'Immatriculation et remise des clés',
      text: 'Carte grise à votre nom, véhicule préparé, remis à Lyon ou livré chez vous.',
    },
  ],
  en: [
    {
      title: 'Choose or ask',
      text: 'A car from our stock, or the one we find for you in Europe, Japan, the United States or the United Kingdom.',
    },
    {
      title: 'Get the landed price',
      text: 'Transport, customs, VAT, CO2 penalty, type approval and registration: every line computed and sourced, valid 14 days.',
    },
    {
      title: 'Accept and pay the deposit',
      text: '10 % by card or bank transfer, only from your account. We buy the car.',
    },
    {
      title: 'Follow the shipment',
      text: 'Carrier, vessel, container, arrival date: every step dated in your account.',
    },
    {
      title: 'Customs and type approval',
      text: '846A certificate, COC or individual approval: we handle the paperwork.',
    },
    {
      title: 'Registration and keys',
      text: 'French registration in your name, car prepared, handed over in Lyon or delivered to your door.',
    },
  ],
}

const FAQ: Record<Locale, { question: string; answer: string }[]> = {
  fr: [
    {
      question: 'Quels droits de douane vais-je payer ?',
      answer:
        'Aucun pour une voiture déjà en libre pratique dans l’Union européenne. Sinon 10 % de la valeur en douane (prix + transport + assurance), 0 % pour une voiture japonaise avec attestation d’origine, une voiture américaine avec preuve d’origine (depuis le 1er juillet 2026) ou une voiture de collection de plus de 30 ans.',
    },
    {
      question: 'Et la TVA ?',
      answer:
        'La TVA à l’import est de 20 % (5,5 % pour une voiture de collection). Une voiture achetée dans l’UE de moins de 6 mois ou de moins de 6 000 km est « neuve » : la TVA française est due en France. Une occasion achetée à un professionnel européen porte la TVA de son pays.',
    },
    {
      question: 'Comment est calculé le malus ?',
      answer:
        'Le malus CO2 suit la grille de l’année de la première immatriculation, réduit selon l’âge du véhicule ; le malus au poids s’y ajoute pour les voitures immatriculées depuis 2022. Les voitures électriques en sont exonérées. Le montant exact figure dans votre devis.',
    },
    {
      question: 'Qu’est-ce que le COC ?',
      answer:
        'Le certificat de conformité européen prouve que la voiture répond à une réception européenne : avec lui, l’immatriculation se fait en ligne. Sans COC (la plupart des voitures japonaises ou américaines), il faut une réception à titre isolé (RTI) à la DREAL, que nous préparons et chiffrons dans le devis.',
    },
    {
      question: 'Quand dois-je payer ?',
      answer:
        'Un acompte de 10 % à l’acceptation du devis, le solde avant la remise des clés. Nos coordonnées bancaires ne figurent que dans votre espace client : méfiez-vous de toute facture reçue par un autre canal.',
    },
  ],
  en: [
    {
      question: 'Which customs duty will I pay?',
      answer:
        'None for a car already in free circulation in the European Union. Otherwise 10 % of the customs value (price + transport + insurance), 0 % for a Japanese car with a statement on origin, a US car with proof of origin (from 1 July 2026) or a collector car over 30 years old.',
    },
    {
      question: 'What about VAT?',
      answer:
        'Import VAT is 20 % (5.5 % for a collector car). A car bought in the EU that is under 6 months old or under 6,000 km counts as new: French VAT is due in France. A used car bought from an EU dealer carries that country’s VAT.',
    },
    {
      question: 'How is the CO2 penalty (malus) computed?',
      answer:
        'The CO2 penalty follows the grid of the year of first registration, reduced with the car’s age; the weight penalty adds to it for cars registered since 2022. Electric cars are exempt. The exact amount is in your quote.',
    },
    {
      question: 'What is a COC?',
      answer:
        'The European certificate of conformity proves the car has EU type approval: with it, registration is done online. Without one (most Japanese or US cars) an individual approval (RTI) is needed, which we prepare and price in the quote.',
    },
    {
      question: 'When do I pay?',
      answer:
        'A 10 % deposit when you accept the quote, the balance before the handover. Our bank details are only shown in your account: distrust any invoice received another way.',
    },
  ],
}

const MARKETING_PAGES: PageSeed[] = [
  {
    slug: { fr: 'accueil', en: 'accueil' },
    title: { fr: 'Accueil', en: 'Home' },
    layout: (locale, heroImage) => [
      {
        blockType: 'hero',
        kicker: locale === 'fr' ? 'Importateur automobile indépendant' : 'Independent car importer',
        heading:
          locale === 'fr'
            ? 'Votre voiture importée, au prix rendu en France.'
            : 'Your imported car, at its full French landed price.',
        text:
          locale === 'fr'
            ? 'Autoport source, achète, transporte, dédouane et immatricule votre véhicule. Vous voyez le coût complet (droits, TVA, malus, carte grise) avant de signer, puis vous suivez chaque étape jusqu’à la remise des clés.'
            : 'Autoport sources, buys, ships, clears and registers your car. You see the full cost (duty, VAT, CO2 penalty, registration) before you sign, then follow every step until you hold the keys.',
        image: heroImage,
        actions: [
          { label: locale === 'fr' ? 'Voir les véhicules' : 'Browse the cars', href: '/vehicles' },
          { label: locale === 'fr' ? 'Faire sourcer une voiture' : 'Have a car sourced', href: '/quote' },
        ],
      },
      {
        blockType: 'featuredVehicles',
        heading: locale === 'fr' ? 'Sélection du moment' : 'Current highlights',
        limit: 6,
      },
      {
        blockType: 'importSteps',
        heading: locale === 'fr' ? 'Comment ça marche' : 'How it works',
        steps: STEPS[locale].slice(0, 4),
      },
      {
        blockType: 'faq',
        heading: locale === 'fr' ? 'Questions fréquentes' : 'Frequently asked questions',
        items: FAQ[locale].slice(0, 3),
      },
      {
        blockType: 'callToAction',
        heading: locale === 'fr' ? 'Vous cherchez un modèle précis ?' : 'Looking for a specific model?',
        text:
          locale === 'fr'
            ? 'Dites-nous ce que vous cherchez : nous trouvons les meilleures candidates et vous envoyons un devis rendu en France.'
            : 'Tell us what you want: we find the best candidates and send you a quote delivered in France.',
        label: locale === 'fr' ? 'Demander un devis' : 'Request a quote',
        href: '/quote',
      },
    ],
  },
  {
    slug: { fr: 'comment-ca-marche', en: 'how-it-works' },
    title: { fr: 'Comment ça marche', en: 'How it works' },
    layout: (locale) => [
      {
        blockType: 'importSteps',
        heading: locale === 'fr' ? 'De la recherche à la remise des clés' : 'From the search to the keys',
        steps: STEPS[locale],
      },
      {
        blockType: 'richText',
        content:
          locale === 'fr'
            ? richText(
                heading('Le prix rendu en France, ligne par ligne'),
                'Chaque devis détaille ce que coûte réellement votre voiture une fois immatriculée en France. Les montants viennent des règles fiscales en vigueur, datées et sourcées, que nous mettons à jour dès qu’elles changent.',
                bulletList([
                  '**Prix du véhicule** et **transport** jusqu’à la frontière de l’UE, assurance comprise',
                  '**Droits de douane** et **TVA à l’import** pour les voitures hors UE',
                  '**Malus CO2** et **malus au poids**, réduits selon l’âge du véhicule',
                  '**Homologation** : COC ou réception à titre isolé (RTI)',
                  '**Carte grise** : taxe régionale, taxes fixes Y4 et Y5',
                  '**Frais de service Autoport**, annoncés d’avance',
                ]),
                'Le devis reste valable 14 jours. Vous l’acceptez en ligne, versez un acompte de 10 %, et nous lançons l’achat.',
              )
            : richText(
                heading('The French landed price, line by line'),
                'Every quote itemises what your car really costs once registered in France. The amounts come from the tax rules in force, dated and sourced, which we update as soon as they change.',
                bulletList([
                  '**Vehicle price** and **transport** to the EU border, insurance included',
                  '**Customs duty** and **import VAT** for cars from outside the EU',
                  '**CO2 penalty** and **weight penalty**, reduced with the car’s age',
                  '**Type approval**: COC or individual approval (RTI)',
                  '**Registration**: regional tax, fixed taxes Y4 and Y5',
                  '**Autoport service fee**, announced upfront',
                ]),
                'The quote is valid 14 days. Accept it online, pay a 10 % deposit, and we buy the car.',
              ),
      },
      {
        blockType: 'faq',
        heading:
          locale === 'fr' ? 'Droits, TVA, malus, COC : vos questions' : 'Duty, VAT, penalties, COC: your questions',
        items: FAQ[locale],
      },
      {
        blockType: 'callToAction',
        heading: locale === 'fr' ? 'Prêt à importer ?' : 'Ready to import?',
        label: locale === 'fr' ? 'Voir le stock' : 'See our stock',
        href: '/vehicles',
      },
    ],
  },
  {
    slug: { fr: 'a-propos', en: 'about' },
    title: { fr: 'À propos', en: 'About us' },
    layout: (locale) => [
      {
        blockType: 'richText',
        content:
          locale === 'fr'
            ? richText(
                heading('Autoport, importateur indépendant à Lyon'),
                'Nous importons depuis 2019 des voitures d’Allemagne, de Belgique, des Pays-Bas, du Japon, des États-Unis et du Royaume-Uni. Notre métier : trouver la bonne voiture, l’acheter en sécurité, la transporter et la faire immatriculer en France sans mauvaise surprise.',
                'Nos clients voient le prix rendu complet avant de s’engager, suivent chaque étape dans leur espace et ne paient qu’à des coordonnées bancaires affichées dans cet espace.',
              )
            : richText(
                heading('Autoport, an independent importer in Lyon'),
                'Since 2019 we have imported cars from Germany, Belgium, the Netherlands, Japan, the United States and the United Kingdom. Our job: find the right car, buy it safely, ship it and register it in France with no nasty surprises.',
                'Our customers see the full landed price before they commit, follow every step in their account and only ever pay to bank details shown there.',
              ),
      },
      {
        blockType: 'callToAction',
        heading: locale === 'fr' ? 'Venez nous voir à Lyon' : 'Visit us in Lyon',
        text:
          locale === 'fr'
            ? '27 rue de Gerland, 69007 Lyon, sur rendez-vous.'
            : '27 rue de Gerland, 69007 Lyon, by appointment.',
        label: locale === 'fr' ? 'Nous écrire' : 'Write to us',
        href: '/contact',
      },
    ],
  },
]

const PAGES: PageSeed[] = [...MARKETING_PAGES, ...LEGAL_PAGES]

/**
 * The marketing and legal pages in French, with their English version and English slug, published. A
 * page whose French slug exists is left as it is, except that a page still answering under its French
 * slug in English (as the migration to per-language slugs left it) gets its English slug.
 */
export async function seedPages(
  payload: Payload,
  context: RequestContext,
  heroImage: string | undefined,
): Promise<string> {
  const { docs } = await payload.find({
    collection: 'pages',
    where: { slug: { in: PAGES.map((page) => page.slug.fr) } },
    select: { slug: true },
    locale: 'all',
    pagination: false,
    depth: 0,
    draft: true,
  })
  const existing = new Map(
    docs.map((doc) => {
      const slugs = doc.slug as unknown as Partial<Record<Locale, string | null>>
      return [slugs.fr ?? '', { id: doc.id, en: slugs.en ?? null }] as const
    }),
  )
  let created = 0
  let renamed = 0
  for (const page of PAGES) {
    const stored = existing.get(page.slug.fr)
    if (stored) {
      if (stored.en === page.slug.fr && page.slug.en !== page.slug.fr) {
        // A page never translated cannot be saved in English yet (its required texts are empty): it
        // keeps answering under its French slug until marketing translates it.
        try {
          await payload.update({
            collection: 'pages',
            id: stored.id,
            locale: 'en',
            data: { slug: page.slug.en },
            depth: 0,
            context,
          })
          renamed += 1
        } catch (error) {
          payload.logger.warn({ err: error, msg: `page ${page.slug.fr} keeps its French slug in English` })
        }
      }
      continue
    }
    const french = await payload.create({
      collection: 'pages',
      data: { title: page.title.fr, slug: page.slug.fr, layout: page.layout('fr', heroImage), _status: 'published' },
      locale: 'fr',
      depth: 0,
      context,
    })
    await payload.update({
      collection: 'pages',
      id: french.id,
      locale: 'en',
      data: {
        title: page.title.en,
        slug: page.slug.en,
        layout: withIdsFrom(page.layout('en', heroImage), french.layout),
        _status: 'published',
      },
      depth: 0,
      context,
    })
    created += 1
  }
  return `Seeded ${created} pages (${PAGES.length - created} already there, ${renamed} given their English slug)`
}
