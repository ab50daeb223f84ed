import type { MessageDefinition } from '../message'
import { en, fr } from '../typography'

export const quoteRequestReceived: MessageDefinition<'quote_request_received'> = (v, c) => {
  const { siteName } = c.brand
  if (c.locale === 'fr') {
    return {
      subject: fr`Nous avons bien reçu votre demande ${v.quoteNumber}`,
      preheader: fr`Un conseiller l'étudie et revient vers vous avec un devis détaillé.`,
      heading: 'Votre demande est entre de bonnes mains',
      paragraphs: [
        c.greeting(v.firstName),
        v.vehicle
          ? fr`Merci pour votre confiance. Votre demande ${v.quoteNumber} pour votre ${v.vehicle} est bien arrivée chez nous.`
          : fr`Merci pour votre confiance. Votre demande ${v.quoteNumber} est bien arrivée chez nous.`,
        fr`Un conseiller s'en occupe dès maintenant : achat, transport jusqu'en France, formalités, homologation et immatriculation. Vous recevrez un devis détaillé et tout compris, sans engagement de votre part.`,
      ],
      action: { label: 'Suivre ma demande', url: v.quoteUrl },
      footnote: c.contact(),
      reason: fr`Vous recevez cet e-mail car vous avez fait une demande de devis sur ${siteName}.`,
      sms: fr`${siteName} : votre demande ${v.quoteNumber} est bien reçue. Nous vous envoyons votre devis dès qu'il est prêt.`,
    }
  }
  return {
    subject: `We have received your request ${v.quoteNumber}`,
    preheader: 'One of our advisers is looking into it and will send you a detailed quote.',
    heading: 'Your request is in good hands',
    paragraphs: [
      c.greeting(v.firstName),
      v.vehicle
        ? en`Thank you for getting in touch. Your request ${v.quoteNumber} for the ${v.vehicle} has reached us.`
        : en`Thank you for getting in touch. Your request ${v.quoteNumber} has reached us.`,
      en`An adviser is already working on it: purchase, transport to France, paperwork, type approval and French registration. You'll receive a detailed, all-inclusive quote, with no obligation on your part.`,
    ],
    action: { label: 'Follow my request', url: v.quoteUrl },
    footnote: c.contact(),
    reason: `You are receiving this e-mail because you asked ${siteName} for a quote.`,
    sms: en`${siteName}: we've received your request ${v.quoteNumber}. We'll send your quote as soon as it's ready.`,
  }
}
