import type { MessageDefinition } from '../message'
import { en, fr } from '../typography'

export const dataExportReady: MessageDefinition<'data_export_ready'> = (v, c) => {
  const { siteName } = c.brand
  const expiresAt = c.date(v.expiresAt)
  if (c.locale === 'fr') {
    return {
      subject: 'Vos données sont prêtes à être téléchargées',
      preheader: fr`Le lien reste valable jusqu'au ${expiresAt}.`,
      heading: 'Votre export de données est prêt',
      paragraphs: [
        c.greeting(v.firstName),
        fr`Comme vous nous l'avez demandé, nous avons rassemblé les données personnelles que nous détenons à votre sujet dans un fichier à télécharger.`,
        fr`Pour votre sécurité, le lien reste valable jusqu'au ${expiresAt}. Passé cette date, il vous suffira d'en refaire la demande depuis votre espace client.`,
      ],
      action: { label: 'Télécharger mes données', url: v.downloadUrl },
      footnote:
        fr`Vous n'êtes pas à l'origine de cette demande ? Contactez-nous sans attendre. ${c.contact() ?? ''}`.trim(),
      reason: fr`Vous recevez cet e-mail suite à votre demande d'accès à vos données personnelles (RGPD) auprès de ${siteName}.`,
      sms: fr`${siteName} : l'export de vos données est prêt, à télécharger avant le ${expiresAt} :`,
    }
  }
  return {
    subject: 'Your data is ready to download',
    preheader: `The link stays valid until ${expiresAt}.`,
    heading: 'Your data export is ready',
    paragraphs: [
      c.greeting(v.firstName),
      en`As you asked, we have gathered the personal data we hold about you into a file you can download.`,
      en`For your security, the link stays valid until ${expiresAt}. After that, you can simply ask again from your account.`,
    ],
    action: { label: 'Download my data', url: v.downloadUrl },
    footnote: en`Didn't ask for this? Please contact us straight away. ${c.contact() ?? ''}`.trim(),
    reason: `You are receiving this e-mail because you asked ${siteName} for a copy of your personal data (GDPR).`,
    sms: `${siteName}: your data export is ready, download it before ${expiresAt}:`,
  }
}
