/** The error pages' strings: they render on the client, where the message catalogue is not loaded. */
export const ERROR_TEXT = {
  fr: {
    title: 'Une erreur est survenue',
    text: 'Votre demande n’a pas pu aboutir. Veuillez réessayer ; si le problème persiste, contactez-nous.',
    retry: 'Réessayer',
    home: 'Retour à l’accueil',
    reference: (digest: string) => `Référence de l’erreur : ${digest}`,
  },
  en: {
    title: 'Something went wrong',
    text: 'Your request could not be completed. Please try again; if it keeps happening, contact us.',
    retry: 'Try again',
    home: 'Back to the home page',
    reference: (digest: string) => `Error reference: ${digest}`,
  },
} as const
