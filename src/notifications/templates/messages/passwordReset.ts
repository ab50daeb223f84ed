import type { MessageDefinition } from '../message'
import { fr } from '../typography'

export const passwordReset: MessageDefinition<'password_reset'> = (v, c) => {
  const { siteName } = c.brand
  if (c.locale === 'fr') {
    return {
      subject: fr`Choisissez un nouveau mot de passe · ${siteName}`,
      preheader: fr`Le lien est valable une heure.`,
      heading: 'Choisissez un nouveau mot de passe',
      paragraphs: [
        c.greeting(v.firstName),
        fr`Une réinitialisation du mot de passe de votre compte ${siteName} a été demandée. Le lien ci-dessous est valable une heure.`,
      ],
      action: { label: 'Choisir un mot de passe', url: v.resetUrl },
      footnote: fr`Si vous n'êtes pas à l'origine de cette demande, ignorez ce message : votre mot de passe reste inchangé.`,
      reason: fr`Vous recevez cet e-mail car une demande a été faite pour votre compte ${siteName}.`,
      sms: fr`${siteName} : choisissez un nouveau mot de passe.`,
    }
  }
  return {
    subject: `Choose a new password · ${siteName}`,
    preheader: 'The link is valid for one hour.',
    heading: 'Choose a new password',
    paragraphs: [
      c.greeting(v.firstName),
      `Someone (hopefully you) asked to reset the password of your ${siteName} account. The link below is valid for one hour.`,
    ],
    action: { label: 'Choose a new password', url: v.resetUrl },
    footnote: 'If you did not ask for it, ignore this e-mail: your password stays the same.',
    reason: `You are receiving this e-mail because a request was made for your ${siteName} account.`,
    sms: `${siteName}: choose a new password.`,
  }
}
