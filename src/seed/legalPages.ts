import type { Page } from '@/payload-types'
import { bulletList, heading, richText } from './richText'

type Locale = 'fr' | 'en'
export type LegalPageSeed = {
  slug: Record<Locale, string>
  title: Record<Locale, string>
  layout: (locale: Locale) => Page['layout']
}

/** The version of the general terms below; Site settings › Legal › Version starts at it. */
export const TERMS_VERSION = '2026-12-01'

const text = (locale: Locale, fr: Parameters<typeof richText>, en: Parameters<typeof richText>) => ({
  blockType: 'richText' as const,
  content: locale === 'fr' ? richText(...fr) : richText(...en),
})

/**
 * Demo texts for a French distance seller of imported cars. They state the law as it stands (Code de
 * la consommation, GDPR, CNIL guidance) but are a starting point: counsel should review them before
 * the site goes live (docs/trust-pages.md).
 */
export const LEGAL_PAGES: LegalPageSeed[] = [
  {
    slug: { fr: 'conditions-generales-de-vente', en: 'terms-of-sale' },
    title: { fr: 'Conditions générales de vente', en: 'General terms of sale' },
    layout: (locale) => [
      text(
        locale,
        [
          `Version du ${TERMS_VERSION}. Ces conditions s’appliquent aux devis acceptés depuis l’espace client du site, entre Autoport SAS (voir les mentions légales) et un client consommateur.`,
          heading('1. Devis et commande'),
          'Chaque devis détaille le prix rendu en France : véhicule, transport, assurance, droits et taxes, homologation, carte grise et frais de service. Il est valable jusqu’à la date qu’il indique. Vous l’acceptez en cochant « J’accepte » dans votre espace client : la commande est alors formée, et nous enregistrons la version des présentes conditions que vous avez acceptée.',
          heading('2. Prix et paiement'),
          'Un acompte (10 % sauf mention contraire du devis) est dû à l’acceptation, le solde avant la remise des clés. Vous payez uniquement par carte ou par virement aux coordonnées bancaires affichées dans votre espace client : nous ne communiquons jamais de coordonnées par un autre canal.',
          heading('3. Droit de rétractation (vente à distance)'),
          'Lorsque le contrat est conclu à distance (devis accepté en ligne, sans rendez-vous dans nos locaux), vous disposez d’un délai de **14 jours** pour vous rétracter sans donner de motif ni payer de pénalité (articles L221-18 et suivants du Code de la consommation).',
          bulletList([
            'Pour la vente du véhicule, le délai court à compter du jour où vous, ou un tiers que vous désignez, prenez physiquement possession du véhicule.',
            'Pour nos prestations de recherche, d’import et de démarches, le délai court à compter de l’acceptation du devis. Si vous nous demandez expressément de commencer avant la fin du délai et vous rétractez ensuite, vous devez le montant correspondant au service fourni jusqu’à votre rétractation (article L221-25).',
            'Pour vous rétracter, envoyez-nous avant la fin du délai une déclaration sans ambiguïté (formulaire de contact, e-mail ou courrier) ou le modèle de formulaire de rétractation (annexe à l’article R221-1). Nous en accusons réception.',
            'Nous vous remboursons toutes les sommes versées, frais de livraison standard compris, au plus tard 14 jours après avoir été informés de votre décision, par le moyen de paiement utilisé ; nous pouvons différer le remboursement jusqu’à la récupération du véhicule (articles L221-23 et L221-24).',
            'Le véhicule doit nous être rendu au plus tard 14 jours après votre décision. Un véhicule ne pouvant être renvoyé par la poste, les frais de retour sont à votre charge ; le devis indique leur estimation. Votre responsabilité est engagée en cas de dépréciation résultant d’une utilisation au-delà de ce qui est nécessaire pour établir la nature, les caractéristiques et le bon fonctionnement du véhicule (par exemple des kilomètres parcourus).',
          ]),
          heading('Exceptions'),
          'Le droit de rétractation ne s’applique pas à la fourniture de biens confectionnés selon les spécifications du consommateur ou nettement personnalisés (article L221-28, 3°) : par exemple un véhicule neuf commandé à l’usine dans une configuration choisie par vous. **Une voiture d’occasion existante que nous recherchons selon vos critères n’est pas confectionnée selon vos spécifications : le droit de rétractation s’applique.** Il ne s’applique pas non plus à une prestation de service pleinement exécutée avant la fin du délai, lorsque vous avez demandé expressément son exécution et reconnu perdre ce droit (article L221-28, 1°). Un contrat signé dans notre showroom n’est pas conclu à distance et n’ouvre pas de droit de rétractation légal.',
          heading('4. Livraison'),
          'La date d’arrivée est estimée dans le devis puis suivie dans votre espace ; elle dépend du transport et du dédouanement. Si le véhicule n’est pas livré à la date convenue, vous pouvez, après nous avoir enjoint de le livrer dans un délai supplémentaire raisonnable resté sans effet, résoudre le contrat (article L216-6).',
          heading('5. Garanties légales'),
          'Vous bénéficiez de la garantie légale de conformité (articles L217-3 et suivants : deux ans à compter de la délivrance ; un défaut apparu dans les 12 mois pour un véhicule d’occasion, 24 mois pour un véhicule neuf, est présumé exister à la délivrance) et de la garantie des vices cachés (articles 1641 et suivants du Code civil : deux ans à compter de la découverte du vice).',
          heading('6. Litiges'),
          'Écrivez-nous d’abord : nous répondons sous deux jours ouvrés. À défaut d’accord, vous pouvez recourir gratuitement au médiateur de la consommation indiqué dans les mentions légales (article L612-1). Le droit français s’applique.',
        ],
        [
          `Version of ${TERMS_VERSION}. These terms apply to quotes accepted from the site's customer account, between Autoport SAS (see the legal notice) and a consumer customer. The French version prevails.`,
          heading('1. Quote and order'),
          'Each quote itemises the landed price in France: vehicle, transport, insurance, duties and taxes, type approval, registration and service fee. It is valid until the date it shows. You accept it by ticking "I accept" in your account: the order is then formed, and we record which version of these terms you accepted.',
          heading('2. Price and payment'),
          'A deposit (10 % unless the quote says otherwise) is due on acceptance, the balance before the handover. You pay only by card or by bank transfer to the bank details shown in your account: we never send bank details any other way.',
          heading('3. Right of withdrawal (distance sales)'),
          'When the contract is concluded at a distance (quote accepted online, without a meeting at our premises), you have **14 days** to withdraw without giving a reason or paying a penalty (articles L221-18 and following of the French Consumer Code).',
          bulletList([
            'For the sale of the vehicle, the period runs from the day you, or a third party you name, take physical possession of the vehicle.',
            'For our sourcing, import and paperwork services, the period runs from the acceptance of the quote. If you expressly ask us to start before the period ends and then withdraw, you owe the amount for the service provided until your withdrawal (article L221-25).',
            'To withdraw, send us before the period ends an unambiguous statement (contact form, e-mail or letter) or the model withdrawal form (annex to article R221-1). We acknowledge receipt.',
            'We refund every sum paid, standard delivery included, within 14 days of being told of your decision, by the means of payment you used; we may withhold the refund until we have recovered the vehicle (articles L221-23 and L221-24).',
            'The vehicle must be returned within 14 days of your decision. As a vehicle cannot be returned by post, the return costs are yours; the quote gives their estimate. You are liable for any loss of value caused by handling beyond what is needed to establish the nature, characteristics and functioning of the vehicle (kilometres driven, for instance).',
          ]),
          heading('Exceptions'),
          'The right of withdrawal does not apply to goods made to the consumer’s specifications or clearly personalised (article L221-28, 3°): for example a new car ordered from the factory in a configuration you chose. **An existing used car that we find according to your criteria is not made to your specifications: the right of withdrawal applies.** Nor does it apply to a service fully performed before the period ends, when you expressly asked for it to be performed and acknowledged losing this right (article L221-28, 1°). A contract signed in our showroom is not a distance contract and carries no statutory right of withdrawal.',
          heading('4. Delivery'),
          'The arrival date is estimated in the quote, then tracked in your account; it depends on shipping and customs. If the vehicle is not delivered on the agreed date, you may terminate the contract after asking us to deliver within a reasonable additional period that we did not meet (article L216-6).',
          heading('5. Legal guarantees'),
          'You benefit from the legal guarantee of conformity (articles L217-3 and following: two years from delivery; a defect that appears within 12 months for a used vehicle, 24 months for a new one, is presumed to have existed at delivery) and the guarantee against hidden defects (articles 1641 and following of the Civil Code: two years from the discovery of the defect).',
          heading('6. Disputes'),
          'Write to us first: we answer within two working days. Failing agreement, you may refer the matter free of charge to the consumer mediator named in the legal notice (article L612-1). French law applies.',
        ],
      ),
    ],
  },
  {
    slug: { fr: 'confidentialite', en: 'privacy-policy' },
    title: { fr: 'Politique de confidentialité', en: 'Privacy policy' },
    layout: (locale) => [
      text(
        locale,
        [
          'Autoport SAS, responsable du traitement (voir les mentions légales), traite vos données personnelles conformément au Règlement général sur la protection des données (RGPD) et à la loi Informatique et Libertés.',
          heading('Ce que nous collectons et pourquoi'),
          bulletList([
            '**Compte client** : nom, e-mail, téléphone, adresse, langue. Pour gérer votre compte, vos devis et commandes — exécution du contrat (art. 6.1.b).',
            '**Demandes de devis et messages de contact** : ce que vous nous écrivez et vos coordonnées. Pour vous répondre — mesures précontractuelles à votre demande (art. 6.1.b) ou notre intérêt légitime à répondre aux questions (art. 6.1.f).',
            '**Commandes et paiements** : véhicule, montants, dates, références de paiement. Exécution du contrat, puis obligation légale de conservation comptable (art. 6.1.c).',
            '**Pièces justificatives** (identité, permis, justificatif de domicile) : nécessaires au dédouanement et à l’immatriculation à votre nom — exécution du contrat et obligation légale.',
            '**Préférences de cookies** et **journaux de sécurité** (limitation des envois abusifs) : obligation de preuve du consentement et intérêt légitime à protéger le site.',
            '**Alertes et messages commerciaux** : uniquement avec votre consentement (art. 6.1.a), retirable à tout moment.',
          ]),
          heading('Destinataires'),
          'Notre équipe, et nos sous-traitants pour ce qui les concerne : hébergeur, envoi des e-mails et SMS, prestataires de paiement (Stripe, PayPal), transporteurs, commissionnaires en douane et services d’immatriculation. Lorsqu’un prestataire traite des données hors de l’Union européenne, le transfert est encadré par les clauses contractuelles types de la Commission européenne.',
          heading('Durées de conservation'),
          bulletList([
            'Compte client : tant qu’il est actif ; après 3 ans sans activité, nous le revoyons pour effacement.',
            'Messages de contact : 3 ans après notre dernier échange.',
            'Commandes, factures et paiements : 10 ans (obligation comptable, article L123-22 du Code de commerce).',
            'Preuve de vos choix de cookies : 6 mois pour le choix lui-même, la preuve tant qu’elle peut être demandée.',
          ]),
          heading('Vos droits'),
          'Vous disposez des droits d’accès, de rectification, d’effacement, de limitation, d’opposition et de portabilité, et pouvez retirer un consentement à tout moment. Depuis votre espace client, page « Vos données », vous téléchargez une copie de vos données (archive prête en quelques minutes) ou demandez leur effacement ; les données que la loi nous oblige à garder (comptabilité) sont conservées et anonymisées dans la mesure du possible. Pour tout autre droit, écrivez au contact données personnelles indiqué dans les mentions légales ; nous répondons dans un délai d’un mois.',
          heading('Réclamation'),
          'Si vous estimez que vos droits ne sont pas respectés, vous pouvez introduire une réclamation auprès de la CNIL (Commission nationale de l’informatique et des libertés, 3 place de Fontenoy, TSA 80715, 75334 Paris Cedex 07, www.cnil.fr).',
        ],
        [
          'Autoport SAS, the controller (see the legal notice), processes your personal data under the General Data Protection Regulation (GDPR) and the French Data Protection Act.',
          heading('What we collect and why'),
          bulletList([
            '**Customer account**: name, e-mail, phone, address, language. To run your account, quotes and orders — performance of the contract (art. 6.1.b).',
            '**Quote requests and contact messages**: what you write and your contact details. To answer you — steps taken at your request before a contract (art. 6.1.b) or our legitimate interest in answering questions (art. 6.1.f).',
            '**Orders and payments**: vehicle, amounts, dates, payment references. Performance of the contract, then the legal duty to keep accounting records (art. 6.1.c).',
            '**Supporting documents** (identity, driving licence, proof of address): needed for customs clearance and registration in your name — performance of the contract and legal obligation.',
            '**Cookie choices** and **security logs** (throttling abusive submissions): the duty to prove consent and our legitimate interest in protecting the site.',
            '**Alerts and marketing messages**: only with your consent (art. 6.1.a), which you may withdraw at any time.',
          ]),
          heading('Recipients'),
          'Our team, and our processors for their part: the host, e-mail and SMS delivery, payment providers (Stripe, PayPal), carriers, customs brokers and registration services. When a provider processes data outside the European Union, the transfer is covered by the European Commission’s standard contractual clauses.',
          heading('How long we keep data'),
          bulletList([
            'Customer account: while it is active; after 3 years without activity we review it for erasure.',
            'Contact messages: 3 years after our last exchange.',
            'Orders, invoices and payments: 10 years (accounting duty, article L123-22 of the French Commercial Code).',
            'Evidence of your cookie choices: 6 months for the choice itself, the evidence as long as it may be asked for.',
          ]),
          heading('Your rights'),
          'You have the rights of access, rectification, erasure, restriction, objection and portability, and may withdraw a consent at any time. From your account, page "Your data", you download a copy of your data (an archive ready within minutes) or ask for its erasure; the data the law requires us to keep (accounting) is kept, anonymised as far as possible. For any other right, write to the personal data contact given in the legal notice; we answer within one month.',
          heading('Complaints'),
          'If you believe your rights are not respected, you may lodge a complaint with the CNIL, the French data protection authority (3 place de Fontenoy, TSA 80715, 75334 Paris Cedex 07, www.cnil.fr).',
        ],
      ),
    ],
  },
  {
    slug: { fr: 'cookies', en: 'cookie-policy' },
    title: { fr: 'Politique de cookies', en: 'Cookie policy' },
    layout: (locale) => [
      text(
        locale,
        [
          'Un cookie est un petit fichier déposé par le site dans votre navigateur. Nous n’utilisons ni cookie publicitaire ni mesure d’audience tierce.',
          heading('Cookies essentiels (sans consentement)'),
          bulletList([
            '**payload-token** : votre session lorsque vous êtes connecté à votre espace client (HTTP-only, supprimé à la déconnexion, 7 jours au plus).',
            '**autoport_consent** : retient votre choix sur les cookies ci-dessous, pour ne pas vous le redemander à chaque page (6 mois).',
            'Un cookie de prévisualisation, pour notre équipe uniquement, lorsqu’elle relit une page avant publication.',
          ]),
          heading('Cookies soumis à votre accord'),
          bulletList([
            '**Cartes (Google Maps)** : sur les fiches véhicules, la carte n’est chargée qu’après votre accord. Google dépose alors ses propres cookies et reçoit votre adresse IP. Tant que vous n’avez pas accepté, aucune requête ne part vers Google.',
          ]),
          heading('Votre choix'),
          'Le bandeau vous propose, avec des boutons de même taille, de tout accepter, de n’accepter que l’essentiel ou de choisir. Vous pouvez changer d’avis à tout moment avec le lien « Paramètres des cookies » en bas de chaque page. Votre choix est conservé 6 mois, puis nous vous le redemandons.',
        ],
        [
          'A cookie is a small file the site stores in your browser. We use no advertising cookies and no third-party audience measurement.',
          heading('Essential cookies (no consent needed)'),
          bulletList([
            '**payload-token**: your session when you are signed in to your account (HTTP-only, removed when you sign out, 7 days at most).',
            '**autoport_consent**: remembers your choice about the cookies below, so that we do not ask on every page (6 months).',
            'A preview cookie, for our team only, when they review a page before publishing it.',
          ]),
          heading('Cookies that need your agreement'),
          bulletList([
            '**Maps (Google Maps)**: on vehicle pages the map loads only once you agree. Google then sets its own cookies and receives your IP address. Until you accept, no request goes to Google.',
          ]),
          heading('Your choice'),
          'The banner offers, with buttons of the same size, to accept all, accept only the essential ones, or choose. You can change your mind at any time with the "Cookie settings" link at the foot of every page. Your choice is kept 6 months, then we ask again.',
        ],
      ),
    ],
  },
  {
    slug: { fr: 'mentions-legales', en: 'legal-notice' },
    title: { fr: 'Mentions légales', en: 'Legal notice' },
    layout: (locale) => [
      {
        blockType: 'legalNotice',
        heading: locale === 'fr' ? 'Qui sommes-nous' : 'Who we are',
      },
      text(
        locale,
        [
          heading('Médiation de la consommation'),
          'En cas de litige non résolu avec nous, vous pouvez recourir gratuitement au médiateur de la consommation des professionnels de l’automobile (Mobilians).',
          heading('Données personnelles'),
          'Voir notre politique de confidentialité et notre politique de cookies. Vous pouvez exporter ou faire effacer vos données depuis votre espace client.',
        ],
        [
          heading('Consumer mediation'),
          'If a dispute with us remains unresolved, you may refer it free of charge to the consumer mediator of the French motor trade (Mobilians).',
          heading('Personal data'),
          'See our privacy policy and cookie policy. You can export or erase your data from your account.',
        ],
      ),
    ],
  },
  {
    slug: { fr: 'contact', en: 'contact' },
    title: { fr: 'Nous contacter', en: 'Contact us' },
    layout: (locale) => [
      {
        blockType: 'contactForm',
        heading: locale === 'fr' ? 'Écrivez-nous' : 'Write to us',
        text:
          locale === 'fr'
            ? 'Une question sur un véhicule, un devis ou une commande ? Notre équipe vous répond sous deux jours ouvrés. Pour une demande de devis, utilisez plutôt le formulaire « Faire sourcer ».'
            : 'A question about a car, a quote or an order? Our team answers within two working days. To ask for a quote, use the "Source a car" form instead.',
      },
    ],
  },
]
