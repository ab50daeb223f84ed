import { displayLanguage } from '@/domain/displayFormat'

/**
 * The words of our own admin components, in the two languages of the back office. Kept here, not
 * in each component, so a translator reads them in one place and both languages keep the same keys
 * (the French list is typed after the English one). Payload's own words come with Payload.
 */
const en = {
  dashboard: {
    today: 'Today',
    quotesToAnswer: 'Quotes to answer',
    sourcing: 'sourcing',
    stock: 'stock',
    nothingWaiting: 'Nothing waiting.',
    documentsToReview: 'Documents to review',
    allReviewed: 'All reviewed.',
    sameFile: (count: number) =>
      `${count} pending ${count === 1 ? 'document has' : 'documents have'} the same file as another customer’s`,
    expiring: 'Quotes expiring within 7 days',
    until: 'until',
    none: 'None.',
    receivedThisMonth: 'Received this month',
    paymentsRefundsDeducted: (count: number) => `${count} payment${count === 1 ? '' : 's'}, refunds deducted.`,
    depositsAwaited: 'Deposits awaited',
    depositsNote: 'Orders are cancelled and their car released when the deposit window ends.',
    ordersByMilestone: 'Orders by milestone',
    unknownCustomer: 'no customer',
  },
  timeline: {
    progress: 'Order progress',
    paidOfTotal: 'Paid / total',
    depositDue: 'Deposit due',
    stillDue: 'Still due',
    eta: 'ETA',
    staff: 'staff',
    paymentKinds: { deposit: 'Deposit', balance: 'Balance', refund: 'Refund' },
    paymentStatuses: { pending: 'pending', succeeded: 'received', failed: 'failed' },
    providers: { bank_transfer: 'bank transfer', stripe: 'card (Stripe)', paypal: 'PayPal' },
  },
  orderStatus: {
    milestone: 'Milestone',
    confirmCancel: 'Cancel this order? This cannot be undone.',
    customerNote: 'Note for the customer (optional)',
    customerNoteHelp: 'Shown on the customer’s timeline and in the milestone e-mail.',
    internalNote: 'Internal note (optional)',
    internalNoteHelp: 'Staff only: never shown to the customer.',
    otherChangesSaved: 'Your other changes are saved with the move.',
    cancelOrder: 'Cancel order',
    moveTo: (status: string) => `Move to: ${status}`,
  },
  quoteBuilder: {
    label: 'Quote builder',
    lines: 'Lines',
    serviceFee: 'Service fee (margin)',
    total: 'Total',
    deposit: 'Deposit',
    wholeCents: 'Amounts must be whole cents.',
    priceFromLandedCost: 'Price from landed cost',
    send: 'Send to customer',
    reopen: 'Reopen for changes',
    saveFirst: 'Save the quote once to price it.',
    line: (number: number) => `Line ${number}`,
    staffAmount: '(staff amount)',
    pdf: (number: string) => `Quote ${number} (PDF)`,
    registrationOn: (day: string) => `Registration taxes read on ${day}.`,
    clearanceAndRegistration: (clearance: string, from: string, registration: string) =>
      `Duty and import VAT read on ${clearance}${from ? ` (${from})` : ''}; registration taxes on ${registration}.`,
    clearanceFrom: {
      staff: 'typed by staff',
      order_customs_cleared: 'the order’s “customs cleared” milestone',
      order_eta: 'the order’s ETA',
      expected_arrival: 'the expected arrival at the EU port',
      registration_date: 'no arrival known: the registration day',
    },
  },
  refund: {
    label: 'Refund',
    enterAmount: 'Enter an amount in euros, e.g. 1 250,00.',
    confirm: (amount: string) => `Refund ${amount} from this payment?`,
    done: (amount: string) => `Refund of ${amount} done.`,
    sent: (amount: string) => `Refund of ${amount} sent; waiting for the provider to confirm.`,
    refused: (status: number) => `Refund refused (${status}).`,
    bankFirst: 'Send the money back from the bank first, then record it here.',
    through: (provider: string) => `The refund goes back through ${provider} to the customer.`,
    amount: 'Amount (€)',
    reason: 'Reason (optional)',
    refunding: 'Refunding…',
    record: 'Record the refund',
    refund: 'Refund',
  },
  documentReview: {
    label: 'Document review',
    review: 'Review',
    statuses: { pending: 'pending', verified: 'verified', rejected: 'rejected' } as Record<string, string>,
    openFile: 'Open the file',
    possibleFraud: 'Possible fraud: the same file was uploaded by another customer.',
    on: 'on',
    preview: (filename: string) => `Preview of ${filename}`,
    history: (count: number) => `History (${count})`,
    what: {
      upload: 'Uploaded by',
      view: 'Viewed by',
      download: 'Opened or downloaded by',
      review: 'Review decision by',
    },
    verify: 'Verify document',
    rejectionReason: 'Reason for rejection (the customer sees it)',
    reject: 'Reject document',
    reopen: 'Reopen the review',
  },
  erase: {
    label: 'Erase',
    erased: 'Personal data erased.',
    inProgress: 'Erasure in progress.',
    confirm:
      'Erase this customer’s personal data? Name, contact details, address, documents, requests and messages are removed for good; orders and payments stay, anonymised, for 10 years. This cannot be undone.',
    queued: 'Erasure queued: it runs in the background; reload to follow its progress.',
    queuing: 'Queuing…',
    button: 'Erase personal data (GDPR)',
  },
  resend: {
    label: 'Resend',
    queued: 'Queued again.',
    queuing: 'Queuing…',
    button: 'Resend',
    openNew: 'Open the new message',
  },
  refused: (status: number) => `Refused (${status}).`,
  invoice: (number: string) => `Invoice ${number} (PDF)`,
  receipt: {
    label: 'Receipt',
    pending: 'Issued once the payment is received.',
  },
  moneyInput: {
    euros: 'Enter an amount in euros, e.g. 24 900,50',
    other: (currency: string, hasCents: boolean) =>
      `Enter an amount in ${currency}${hasCents ? ', e.g. 24 900,50' : ', whole units, e.g. 3 250 000'}`,
  },
  providerSignIn: {
    signInWith: (provider: string) => `Sign in with ${provider}`,
    errors: {
      unavailable: 'The sign-in provider cannot be reached right now. Try again later, or sign in with your password.',
      state: 'That sign-in link has expired or was already used. Start again.',
      rejected: 'The sign-in provider did not confirm who you are. Start again.',
      tooMany: 'Too many attempts: wait a few minutes, then try again.',
      noEmail: 'The provider did not give your e-mail address.',
      unverifiedEmail: 'The provider has not verified your e-mail address.',
      notInvited: 'This account has no access to Autoport. Ask an administrator to invite you.',
      noRole: 'Your account at the provider grants no Autoport role. Ask an administrator.',
      unverifiedAccount: 'This account is not confirmed yet.',
      erased: 'This account cannot sign in.',
    } as Record<string, string>,
  },
}

export type AdminWords = typeof en

const fr: AdminWords = {
  dashboard: {
    today: 'Aujourd’hui',
    quotesToAnswer: 'Devis à traiter',
    sourcing: 'recherche',
    stock: 'stock',
    nothingWaiting: 'Rien en attente.',
    documentsToReview: 'Documents à vérifier',
    allReviewed: 'Tout est vérifié.',
    sameFile: (count: number) =>
      count === 1
        ? '1 document en attente a le même fichier que celui d’un autre client'
        : `${count} documents en attente ont le même fichier que celui d’un autre client`,
    expiring: 'Devis expirant sous 7 jours',
    until: 'jusqu’au',
    none: 'Aucun.',
    receivedThisMonth: 'Encaissé ce mois-ci',
    paymentsRefundsDeducted: (count: number) => `${count} paiement${count > 1 ? 's' : ''}, remboursements déduits.`,
    depositsAwaited: 'Acomptes attendus',
    depositsNote: 'À la fin du délai d’acompte, la commande est annulée et le véhicule remis en vente.',
    ordersByMilestone: 'Commandes par étape',
    unknownCustomer: 'sans client',
  },
  timeline: {
    progress: 'Avancement de la commande',
    paidOfTotal: 'Payé / total',
    depositDue: 'Acompte dû',
    stillDue: 'Reste dû',
    eta: 'Arrivée prévue',
    staff: 'équipe',
    paymentKinds: { deposit: 'Acompte', balance: 'Solde', refund: 'Remboursement' },
    paymentStatuses: { pending: 'en attente', succeeded: 'reçu', failed: 'échoué' },
    providers: { bank_transfer: 'virement', stripe: 'carte (Stripe)', paypal: 'PayPal' },
  },
  orderStatus: {
    milestone: 'Étape',
    confirmCancel: 'Annuler cette commande ? C’est définitif.',
    customerNote: 'Note pour le client (facultatif)',
    customerNoteHelp: 'Affichée sur le suivi du client et dans l’e-mail de l’étape.',
    internalNote: 'Note interne (facultatif)',
    internalNoteHelp: 'Réservée à l’équipe : jamais montrée au client.',
    otherChangesSaved: 'Vos autres modifications sont enregistrées avec le changement d’étape.',
    cancelOrder: 'Annuler la commande',
    moveTo: (status: string) => `Passer à : ${status}`,
  },
  quoteBuilder: {
    label: 'Préparation du devis',
    lines: 'Lignes',
    serviceFee: 'Frais de service (marge)',
    total: 'Total',
    deposit: 'Acompte',
    wholeCents: 'Les montants doivent être en centimes entiers.',
    priceFromLandedCost: 'Chiffrer depuis le prix rendu',
    send: 'Envoyer au client',
    reopen: 'Rouvrir pour modifier',
    saveFirst: 'Enregistrez le devis une première fois pour le chiffrer.',
    line: (number: number) => `Ligne ${number}`,
    staffAmount: '(montant saisi)',
    pdf: (number: string) => `Devis ${number} (PDF)`,
    registrationOn: (day: string) => `Taxes d’immatriculation lues au ${day}.`,
    clearanceAndRegistration: (clearance: string, from: string, registration: string) =>
      `Droits de douane et TVA import lus au ${clearance}${from ? ` (${from})` : ''} ; taxes d’immatriculation au ${registration}.`,
    clearanceFrom: {
      staff: 'saisie par l’équipe',
      order_customs_cleared: 'étape « dédouané » de la commande',
      order_eta: 'arrivée prévue de la commande',
      expected_arrival: 'arrivée attendue au port européen',
      registration_date: 'aucune arrivée connue : jour de l’immatriculation',
    },
  },
  refund: {
    label: 'Remboursement',
    enterAmount: 'Saisissez un montant en euros, par ex. 1 250,00.',
    confirm: (amount: string) => `Rembourser ${amount} sur ce paiement ?`,
    done: (amount: string) => `Remboursement de ${amount} effectué.`,
    sent: (amount: string) => `Remboursement de ${amount} envoyé ; en attente de la confirmation du prestataire.`,
    refused: (status: number) => `Remboursement refusé (${status}).`,
    bankFirst: 'Renvoyez d’abord l’argent depuis la banque, puis enregistrez-le ici.',
    through: (provider: string) => `Le remboursement repasse par ${provider} jusqu’au client.`,
    amount: 'Montant (€)',
    reason: 'Motif (facultatif)',
    refunding: 'Remboursement…',
    record: 'Enregistrer le remboursement',
    refund: 'Rembourser',
  },
  documentReview: {
    label: 'Vérification du document',
    review: 'Vérification',
    statuses: { pending: 'en attente', verified: 'vérifié', rejected: 'refusé' },
    openFile: 'Ouvrir le fichier',
    possibleFraud: 'Fraude possible : le même fichier a été envoyé par un autre client.',
    on: 'le',
    preview: (filename: string) => `Aperçu de ${filename}`,
    history: (count: number) => `Historique (${count})`,
    what: {
      upload: 'Envoyé par',
      view: 'Consulté par',
      download: 'Ouvert ou téléchargé par',
      review: 'Décision de vérification par',
    },
    verify: 'Valider le document',
    rejectionReason: 'Motif du refus (le client le voit)',
    reject: 'Refuser le document',
    reopen: 'Rouvrir la vérification',
  },
  erase: {
    label: 'Effacement',
    erased: 'Données personnelles effacées.',
    inProgress: 'Effacement en cours.',
    confirm:
      'Effacer les données personnelles de ce client ? Nom, coordonnées, adresse, documents, demandes et messages sont supprimés définitivement ; commandes et paiements restent, anonymisés, 10 ans. C’est irréversible.',
    queued: 'Effacement programmé : il s’exécute en arrière-plan ; rechargez pour suivre son avancement.',
    queuing: 'Programmation…',
    button: 'Effacer les données personnelles (RGPD)',
  },
  resend: {
    label: 'Renvoyer',
    queued: 'Remis en file d’envoi.',
    queuing: 'Programmation…',
    button: 'Renvoyer',
    openNew: 'Ouvrir le nouveau message',
  },
  refused: (status: number) => `Refusé (${status}).`,
  invoice: (number: string) => `Facture ${number} (PDF)`,
  receipt: {
    label: 'Reçu',
    pending: 'Émis une fois le paiement reçu.',
  },
  moneyInput: {
    euros: 'Saisissez un montant en euros, par ex. 24 900,50',
    other: (currency: string, hasCents: boolean) =>
      `Saisissez un montant en ${currency}${hasCents ? ', par ex. 24 900,50' : ', en unités entières, par ex. 3 250 000'}`,
  },
  providerSignIn: {
    signInWith: (provider: string) => `Se connecter avec ${provider}`,
    errors: {
      unavailable:
        'Le service de connexion est injoignable pour le moment. Réessayez plus tard, ou connectez-vous avec votre mot de passe.',
      state: 'Ce lien de connexion a expiré ou a déjà servi. Recommencez.',
      rejected: 'Le service de connexion n’a pas confirmé votre identité. Recommencez.',
      tooMany: 'Trop de tentatives : patientez quelques minutes, puis réessayez.',
      noEmail: 'Le service de connexion n’a pas transmis votre adresse e-mail.',
      unverifiedEmail: 'Le service de connexion n’a pas vérifié votre adresse e-mail.',
      notInvited: 'Ce compte n’a pas accès à Autoport. Demandez une invitation à un administrateur.',
      noRole: 'Votre compte chez le service de connexion ne donne aucun rôle Autoport. Demandez à un administrateur.',
      unverifiedAccount: 'Ce compte n’est pas encore confirmé.',
      erased: 'Ce compte ne peut pas se connecter.',
    },
  },
}

const WORDS: Record<'fr' | 'en', AdminWords> = { fr, en }

/** The words for the admin user's language (Payload's `i18n.language`); French for anything else. */
export function adminWords(language: string | null | undefined): AdminWords {
  return WORDS[displayLanguage(language)]
}

/** A `{ en, fr }` pair from the domain's bilingual lists, in the admin user's language. */
export function inAdminLanguage(pair: { en: string; fr: string }, language: string | null | undefined): string {
  return pair[displayLanguage(language)]
}
