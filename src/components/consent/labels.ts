import type fr from '@/i18n/messages/fr.json'

/** The banner's strings in the page's language, handed down by the server layout. */
export type ConsentLabels = (typeof fr)['consent']
