import type { MessageDefinition } from '../message'
import { fr } from '../typography'

export const accountConfirmation: MessageDefinition<'account_confirmation'> = (v, c) => {
  const { siteName } = c.brand
  if (c.locale === 'fr') {
    return {
      subject: fr`Confirmez votre adresse e-mail · ${siteName}`,
      preheader: fr`Un clic pour activer votre espace client.`,
      heading: 'Confirmez votre adresse e-mail',
      paragraphs: [
        c.greeting(v.firstName),
        fr`Merci d'avoir ouvert votre espace ${siteName}. Confirmez votre adresse pour y suivre vos devis, vos commandes et vos documents.`,
      ],
      action: { label: 'Confirmer mon adresse', url: v.confirmUrl },
      footnote: fr`Si vous n'avez pas créé de compte, ignorez simplement ce message.`,
      reason: fr`Vous recevez cet e-mail car un compte ${siteName} a été créé avec cette adresse.`,
      sms: fr`${siteName} : confirmez votre adresse e-mail.`,
    }
  }
  return {
    subject: `Confirm your e-mail address · ${siteName}`,
    preheader: 'One click to open your customer account.',
    heading: 'Confirm your e-mail address',
    paragraphs: [
      c.greeting(v.firstName),
      `Thank you for opening your ${siteName} account. Confirm your address to follow your quotes, orders and documents there.`,
    ],
    action: { label: 'Confirm my address', url: v.confirmUrl },
    footnote: 'If you did not create an account, simply ignore this message.',
    reason: `You are receiving this e-mail because a ${siteName} account was created with this address.`,
    sms: `${siteName}: confirm your e-mail address.`,
  }
}
