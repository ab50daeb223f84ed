import { documentTypeName, inSentence } from '../format'
import type { MessageDefinition } from '../message'
import { en, fr } from '../typography'

export const documentVerified: MessageDefinition<'document_verified'> = (v, c) => {
  const { siteName } = c.brand
  const name = documentTypeName(v.documentType, c.locale)
  if (c.locale === 'fr') {
    return {
      subject: fr`Document validé : ${inSentence(name)}`,
      preheader: fr`Tout est en ordre, rien d'autre à faire de votre côté.`,
      heading: 'Votre document est validé',
      paragraphs: [
        c.greeting(v.firstName),
        fr`Nous avons vérifié le document que vous nous avez transmis (${inSentence(name)}) : tout est en ordre, merci !`,
        fr`Vous n'avez rien d'autre à faire pour ce document. Vous pouvez retrouver l'ensemble de vos pièces dans votre espace client.`,
      ],
      action: { label: 'Voir mes documents', url: v.documentsUrl },
      footnote: c.contact(),
      reason: fr`Vous recevez cet e-mail car vous avez déposé un document dans votre espace client ${siteName}.`,
      sms: fr`${siteName} : votre document (${inSentence(name)}) est validé. Merci !`,
    }
  }
  return {
    subject: `Document approved: ${inSentence(name)}`,
    preheader: 'All in order, nothing else to do on your side.',
    heading: 'Your document is approved',
    paragraphs: [
      c.greeting(v.firstName),
      `We have checked the document you sent us (${inSentence(name)}): everything is in order, thank you!`,
      en`There is nothing else for you to do for this document. All your documents are in your account.`,
    ],
    action: { label: 'See my documents', url: v.documentsUrl },
    footnote: c.contact(),
    reason: `You are receiving this e-mail because you uploaded a document to your ${siteName} account.`,
    sms: `${siteName}: your document (${inSentence(name)}) is approved. Thank you!`,
  }
}
