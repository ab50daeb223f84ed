import { documentTypeName, inSentence } from '../format'
import type { MessageDefinition } from '../message'
import { en, fr } from '../typography'

export const documentRejected: MessageDefinition<'document_rejected'> = (v, c) => {
  const { siteName } = c.brand
  const name = documentTypeName(v.documentType, c.locale)
  if (c.locale === 'fr') {
    return {
      subject: fr`Document à renvoyer : ${inSentence(name)}`,
      preheader: fr`Nous ne pouvons pas le valider en l'état ; voici pourquoi.`,
      heading: 'Un document est à renvoyer',
      paragraphs: [
        c.greeting(v.firstName),
        fr`Nous avons examiné le document que vous nous avez transmis (${inSentence(name)}), mais nous ne pouvons pas le valider en l'état.`,
        fr`Merci d'en déposer une nouvelle version depuis votre espace client. Une photo nette du document entier, en cours de validité, suffit le plus souvent.`,
      ],
      note: { label: 'Motif', text: v.reason },
      footnote:
        fr`Une photo nette du document entier, en cours de validité, suffit le plus souvent. ${c.contact() ?? ''}`.trim(),
      action: { label: 'Envoyer un nouveau document', url: v.documentsUrl },
      reason: fr`Vous recevez cet e-mail car vous avez déposé un document dans votre espace client ${siteName}.`,
      sms: fr`${siteName} : votre document (${inSentence(name)}) n'a pas pu être validé. Merci d'en envoyer un nouveau :`,
    }
  }
  return {
    subject: `Document to send again: ${inSentence(name)}`,
    preheader: 'We cannot approve it as it is; here is why.',
    heading: 'Please send this document again',
    paragraphs: [
      c.greeting(v.firstName),
      `We have looked at the document you sent us (${inSentence(name)}), but we cannot approve it as it is.`,
      'Please upload a new one from your account. A sharp photo of the whole document, still valid, is usually all it takes.',
    ],
    note: { label: 'Reason', text: v.reason },
    footnote: c.contact(),
    action: { label: 'Send a new document', url: v.documentsUrl },
    reason: `You are receiving this e-mail because you uploaded a document to your ${siteName} account.`,
    sms: en`${siteName}: your document (${inSentence(name)}) could not be approved. Please send a new one:`,
  }
}
