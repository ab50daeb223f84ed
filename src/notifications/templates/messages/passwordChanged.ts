import type { MessageDefinition } from '../message'
import { fr } from '../typography'

export const passwordChanged: MessageDefinition<'password_changed'> = (v, c) => {
  const { siteName } = c.brand
  const changedAt = c.date(v.changedAt)
  const contact = c.contact()
  if (c.locale === 'fr') {
    return {
      subject: fr`Votre mot de passe a été changé · ${siteName}`,
      preheader: fr`Changement fait le ${changedAt} depuis votre espace client.`,
      heading: 'Votre mot de passe a été changé',
      paragraphs: [
        c.greeting(v.firstName),
        fr`Le mot de passe de votre compte ${siteName} a été changé le ${changedAt}. Vos autres sessions ouvertes ont été fermées.`,
        fr`Si ce n'est pas vous, choisissez tout de suite un nouveau mot de passe avec le lien ci-dessous et prévenez-nous.`,
        ...(contact ? [contact] : []),
      ],
      action: { label: 'Choisir un nouveau mot de passe', url: v.resetUrl },
      reason: fr`Vous recevez cet e-mail pour la sécurité de votre compte ${siteName}.`,
      sms: fr`${siteName} : le mot de passe de votre compte a été changé. Si ce n'est pas vous, contactez-nous.`,
    }
  }
  return {
    subject: `Your password was changed · ${siteName}`,
    preheader: `Changed on ${changedAt} from your customer account.`,
    heading: 'Your password was changed',
    paragraphs: [
      c.greeting(v.firstName),
      `The password of your ${siteName} account was changed on ${changedAt}. Your other open sessions were signed out.`,
      'If it was not you, choose a new password right away with the link below and let us know.',
      ...(contact ? [contact] : []),
    ],
    action: { label: 'Choose a new password', url: v.resetUrl },
    reason: `You are receiving this e-mail for the security of your ${siteName} account.`,
    sms: `${siteName}: the password of your account was changed. If it was not you, contact us.`,
  }
}
