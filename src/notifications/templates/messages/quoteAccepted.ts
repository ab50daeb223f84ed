import type { MessageDefinition } from '../message'
import { en, fr } from '../typography'

export const quoteAccepted: MessageDefinition<'quote_accepted'> = (v, c) => {
  const { siteName } = c.brand
  const deposit = c.money(v.deposit)
  const number = v.order.number
  // The deposit is what is asked now: it closes the summary instead of the whole balance.
  const orderRows = c.orderRows(v.order).filter((row) => !row.strong)
  if (c.locale === 'fr') {
    return {
      subject: fr`Commande ${number} enregistrée : plus que l'acompte`,
      preheader: fr`Réglez l'acompte de ${deposit} et nous lançons l'achat du véhicule.`,
      heading: 'Merci, votre commande est enregistrée',
      paragraphs: [
        c.greeting(v.firstName),
        fr`Vous avez accepté le devis ${v.quoteNumber} : il devient la commande ${number}. Merci pour votre confiance !`,
        fr`Dernière étape avant le lancement : l'acompte de ${deposit}, à régler depuis votre espace client par virement, carte bancaire ou PayPal. Dès sa réception, nous achetons le véhicule et vous tenons au courant à chaque étape.`,
      ],
      summary: { rows: [...orderRows, { label: fr`Acompte à régler`, value: deposit, strong: true }] },
      action: { label: fr`Régler l'acompte`, url: v.orderUrl },
      footnote: c.contact(),
      reason: fr`Vous recevez cet e-mail au sujet de votre commande ${number} chez ${siteName}.`,
      sms: fr`${siteName} : merci ! Votre commande ${number} est enregistrée. Réglez l'acompte de ${deposit} pour lancer l'achat :`,
    }
  }
  return {
    subject: `Order ${number} confirmed: only the deposit to go`,
    preheader: `Pay the ${deposit} deposit and we will buy the car for you.`,
    heading: 'Thank you, your order is confirmed',
    paragraphs: [
      c.greeting(v.firstName),
      `You have accepted quote ${v.quoteNumber}: it is now order ${number}. Thank you for choosing us!`,
      en`One last step before we get going: the ${deposit} deposit, which you can pay from your account by bank transfer, card or PayPal. As soon as it arrives, we buy the car and keep you posted at every stage.`,
    ],
    summary: { rows: [...orderRows, { label: 'Deposit to pay', value: deposit, strong: true }] },
    action: { label: 'Pay the deposit', url: v.orderUrl },
    footnote: c.contact(),
    reason: `You are receiving this e-mail about your order ${number} with ${siteName}.`,
    sms: `${siteName}: thank you! Order ${number} is confirmed. Pay the ${deposit} deposit to get things going:`,
  }
}
