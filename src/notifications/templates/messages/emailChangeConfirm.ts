import type { MessageDefinition } from '../message'
import { fr } from '../typography'

export const emailChangeConfirm: MessageDefinition<'email_change_confirm'> = (v, c) => {
  const { siteName } = c.brand
  if (c.locale === 'fr') {
    return {
      subject: fr`Confirmez votre nouvelle adresse e-mail · ${siteName}`,
      preheader: fr`Le lien est valable 24 heures.`,
      heading: 'Confirmez votre nouvelle adresse',
      paragraphs: [
        c.greeting(v.firstName),
        fr`Vous avez demandé que votre compte ${siteName} utilise désormais l'adresse ${v.newEmail}. Ouvrez le lien ci-dessous et confirmez : c'est alors avec cette adresse que vous vous connecterez.`,
        fr`Le lien est valable 24 heures et ne sert qu'une fois.`,
      ],
      action: { label: 'Confirmer ma nouvelle adresse', url: v.confirmUrl },
      footnote: fr`Si vous n'êtes pas à l'origine de cette demande, ignorez ce message : rien ne change.`,
      reason: fr`Vous recevez cet e-mail car cette adresse a été proposée pour un compte ${siteName}.`,
      sms: fr`${siteName} : confirmez votre nouvelle adresse e-mail.`,
    }
  }
  return {
    subject: `Confirm your new e-mail address · ${siteName}`,
    preheader: 'The link is valid for 24 hours.',
    heading: 'Confirm your new address',
    paragraphs: [
      c.greeting(v.firstName),
      `You asked for your ${siteName} account to use ${v.newEmail} from now on. Open the link below and confirm: you will then sign in with this address.`,
      'The link is valid for 24 hours and works once.',
    ],
    action: { label: 'Confirm my new address', url: v.confirmUrl },
    footnote: 'If you did not ask for this, ignore this e-mail: nothing changes.',
    reason: `You are receiving this e-mail because this address was given for a ${siteName} account.`,
    sms: `${siteName}: confirm your new e-mail address.`,
  }
}
