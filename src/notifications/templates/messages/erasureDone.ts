import type { MessageDefinition } from '../message'
import { en, fr } from '../typography'

export const erasureDone: MessageDefinition<'erasure_done'> = (v, c) => {
  const { siteName, siteUrl } = c.brand
  const completedAt = c.date(v.completedAt)
  if (c.locale === 'fr') {
    return {
      subject: 'Vos données personnelles ont été effacées',
      preheader: fr`Votre demande d'effacement a été traitée le ${completedAt}.`,
      heading: 'Votre demande d’effacement est traitée',
      paragraphs: [
        c.greeting(v.firstName),
        fr`Comme vous l'avez demandé, nous avons effacé le ${completedAt} votre compte et les données personnelles qui s'y rattachent.`,
        fr`Seules les pièces que la loi nous oblige à conserver (factures, documents comptables et douaniers) sont gardées, archivées, pour la durée légale et à aucune autre fin.`,
        fr`Merci de nous avoir fait confiance. Si l'envie vous prend d'importer un jour un nouveau véhicule, nous serons ravis de vous retrouver.`,
      ],
      action: { label: fr`Visiter ${siteName}`, url: siteUrl },
      reason: fr`Vous recevez ce dernier e-mail pour confirmer votre demande d'effacement auprès de ${siteName}.`,
      sms: fr`${siteName} : votre demande d'effacement a été traitée le ${completedAt}. Vos données personnelles ont été supprimées.`,
    }
  }
  return {
    subject: 'Your personal data has been erased',
    preheader: `Your erasure request was completed on ${completedAt}.`,
    heading: 'Your erasure request is complete',
    paragraphs: [
      c.greeting(v.firstName),
      `As you asked, on ${completedAt} we erased your account and the personal data attached to it.`,
      en`We only keep what the law requires (invoices, accounting and customs records), archived for the legal period and used for nothing else.`,
      en`Thank you for having trusted us. Should you ever wish to import another car, we'll be delighted to hear from you again.`,
    ],
    action: { label: `Visit ${siteName}`, url: siteUrl },
    reason: `You are receiving this last e-mail to confirm your erasure request to ${siteName}.`,
    sms: `${siteName}: your erasure request was completed on ${completedAt}. Your personal data has been deleted.`,
  }
}
