import type { MessageDefinition } from '../message'
import { en, fr } from '../typography'

export const quoteSent: MessageDefinition<'quote_sent'> = (v, c) => {
  const { siteName } = c.brand
  const total = c.money(v.total)
  const deposit = c.money(v.deposit)
  const validUntil = c.date(v.validUntil)
  const lines = v.lines.map((line) => ({ label: line.label, value: c.money(line.amount) }))
  if (c.locale === 'fr') {
    return {
      subject: v.vehicle ? fr`Votre devis ${v.quoteNumber} – ${v.vehicle}` : fr`Votre devis ${v.quoteNumber}`,
      preheader: fr`${total} tout compris, valable jusqu'au ${validUntil}.`,
      heading: 'Votre devis est prêt',
      paragraphs: [
        c.greeting(v.firstName),
        v.vehicle
          ? fr`Voici notre proposition pour votre ${v.vehicle}. Vous en trouverez le détail ci-dessous, et le devis complet en pièce jointe (PDF).`
          : fr`Voici notre proposition. Vous en trouverez le détail ci-dessous, et le devis complet en pièce jointe (PDF).`,
        fr`Pour confirmer, acceptez le devis en ligne puis réglez l'acompte de ${deposit} : nous lançons alors l'achat du véhicule. Ce devis est valable jusqu'au ${validUntil}.`,
      ],
      summary: {
        title: fr`Devis ${v.quoteNumber}`,
        rows: [
          ...lines,
          { label: 'Total', value: total, strong: true },
          { label: fr`Acompte à la commande`, value: deposit },
        ],
      },
      action: { label: 'Consulter et accepter le devis', url: v.quoteUrl },
      footnote: c.contact(),
      reason: fr`Vous recevez cet e-mail car vous avez demandé un devis à ${siteName}.`,
      sms: fr`${siteName} : votre devis ${v.quoteNumber} est prêt (${total}), valable jusqu'au ${validUntil}. Consultez-le ici :`,
    }
  }
  return {
    subject: v.vehicle ? `Your quote ${v.quoteNumber} – ${v.vehicle}` : `Your quote ${v.quoteNumber}`,
    preheader: `${total} all included, valid until ${validUntil}.`,
    heading: 'Your quote is ready',
    paragraphs: [
      c.greeting(v.firstName),
      v.vehicle
        ? `Here is our offer for the ${v.vehicle}. The breakdown is below and the full quote is attached (PDF).`
        : `Here is our offer. The breakdown is below and the full quote is attached (PDF).`,
      en`To go ahead, accept the quote online and pay the ${deposit} deposit: we then buy the car for you. This quote is valid until ${validUntil}.`,
    ],
    summary: {
      title: `Quote ${v.quoteNumber}`,
      rows: [...lines, { label: 'Total', value: total, strong: true }, { label: 'Deposit on order', value: deposit }],
    },
    action: { label: 'Review and accept the quote', url: v.quoteUrl },
    footnote: c.contact(),
    reason: `You are receiving this e-mail because you asked ${siteName} for a quote.`,
    sms: `${siteName}: your quote ${v.quoteNumber} is ready (${total}), valid until ${validUntil}. See it here:`,
  }
}
