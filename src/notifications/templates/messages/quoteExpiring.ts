import type { MessageDefinition } from '../message'
import { en, fr } from '../typography'

export const quoteExpiring: MessageDefinition<'quote_expiring'> = (v, c) => {
  const { siteName } = c.brand
  const total = c.money(v.total)
  const validUntil = c.date(v.validUntil)
  if (c.locale === 'fr') {
    const what = v.vehicle ? fr`notre devis ${v.quoteNumber} pour votre ${v.vehicle}` : fr`notre devis ${v.quoteNumber}`
    return {
      subject: fr`Votre devis ${v.quoteNumber} expire le ${validUntil}`,
      preheader: fr`Il est encore temps de l'accepter : ${total} tout compris.`,
      heading: 'Votre devis arrive à échéance',
      paragraphs: [
        c.greeting(v.firstName),
        fr`Petit rappel : ${what} (${total} tout compris) reste valable jusqu'au ${validUntil}. Après cette date, les prix du véhicule et du transport peuvent changer et nous devrons le mettre à jour.`,
        fr`Si la proposition vous convient, vous pouvez l'accepter en ligne en quelques clics. Vous souhaitez en parler ou l'ajuster ? Nous sommes là pour ça.`,
      ],
      summary: {
        rows: [
          { label: 'Devis', value: v.quoteNumber },
          ...(v.vehicle ? [{ label: 'Véhicule', value: v.vehicle }] : []),
          { label: fr`Valable jusqu'au`, value: validUntil },
          { label: 'Total', value: total, strong: true },
        ],
      },
      action: { label: 'Voir mon devis', url: v.quoteUrl },
      footnote: c.contact(),
      reason: fr`Vous recevez cet e-mail car ${siteName} vous a envoyé ce devis.`,
      sms: fr`${siteName} : votre devis ${v.quoteNumber} (${total}) expire le ${validUntil}. Pour l'accepter :`,
    }
  }
  const what = v.vehicle ? `our quote ${v.quoteNumber} for the ${v.vehicle}` : `our quote ${v.quoteNumber}`
  return {
    subject: `Your quote ${v.quoteNumber} expires on ${validUntil}`,
    preheader: `There is still time to accept it: ${total} all included.`,
    heading: 'Your quote expires soon',
    paragraphs: [
      c.greeting(v.firstName),
      en`A quick reminder: ${what} (${total} all included) is valid until ${validUntil}. After that date the price of the car and of its transport may change, and we'll need to update it.`,
      en`If the offer suits you, you can accept it online in a few clicks. Would you like to talk it over or adjust it? That's what we're here for.`,
    ],
    summary: {
      rows: [
        { label: 'Quote', value: v.quoteNumber },
        ...(v.vehicle ? [{ label: 'Vehicle', value: v.vehicle }] : []),
        { label: 'Valid until', value: validUntil },
        { label: 'Total', value: total, strong: true },
      ],
    },
    action: { label: 'See my quote', url: v.quoteUrl },
    footnote: c.contact(),
    reason: `You are receiving this e-mail because ${siteName} sent you this quote.`,
    sms: `${siteName}: your quote ${v.quoteNumber} (${total}) expires on ${validUntil}. To accept it:`,
  }
}
