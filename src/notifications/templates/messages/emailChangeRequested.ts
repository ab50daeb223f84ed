import type { MessageDefinition } from '../message'
import { fr } from '../typography'

export const emailChangeRequested: MessageDefinition<'email_change_requested'> = (v, c) => {
  const { siteName } = c.brand
  const contact = c.contact()
  if (c.locale === 'fr') {
    return {
      subject: fr`Demande de changement de votre adresse e-mail · ${siteName}`,
      preheader: fr`Nouvelle adresse demandée : ${v.maskedNewEmail}`,
      heading: 'Changement d’adresse demandé',
      paragraphs: [
        c.greeting(v.firstName),
        fr`Quelqu'un a demandé, depuis votre espace client, que votre compte ${siteName} utilise désormais l'adresse ${v.maskedNewEmail}. Le changement ne sera fait qu'une fois confirmé depuis cette nouvelle adresse.`,
        fr`Si ce n'est pas vous, changez tout de suite votre mot de passe avec le lien ci-dessous (vos sessions ouvertes seront fermées) et contactez-nous.`,
        ...(contact ? [contact] : []),
      ],
      action: { label: 'Changer mon mot de passe', url: v.resetUrl },
      reason: fr`Vous recevez cet e-mail pour la sécurité de votre compte ${siteName}.`,
      sms: fr`${siteName} : un changement de l'adresse e-mail de votre compte a été demandé. Si ce n'est pas vous, contactez-nous.`,
    }
  }
  return {
    subject: `Request to change your e-mail address · ${siteName}`,
    preheader: `New address asked for: ${v.maskedNewEmail}`,
    heading: 'Change of address requested',
    paragraphs: [
      c.greeting(v.firstName),
      `Someone asked, from your customer account, for your ${siteName} account to use ${v.maskedNewEmail} from now on. The change only happens once it is confirmed from that new address.`,
      'If it was not you, change your password right away with the link below (your open sessions will be signed out) and contact us.',
      ...(contact ? [contact] : []),
    ],
    action: { label: 'Change my password', url: v.resetUrl },
    reason: `You are receiving this e-mail for the security of your ${siteName} account.`,
    sms: `${siteName}: a change of your account's e-mail address was requested. If it was not you, contact us.`,
  }
}
