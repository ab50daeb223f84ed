import { paymentMethodName } from '../format'
import type { MessageDefinition } from '../message'
import { en, fr } from '../typography'

export const paymentFailed: MessageDefinition<'payment_failed'> = (v, c) => {
  const { siteName } = c.brand
  const amount = c.money(v.amount)
  const method = paymentMethodName(v.method, c.locale)
  const number = v.order.number
  if (c.locale === 'fr') {
    const what = v.kind === 'deposit' ? 'l’acompte' : 'le solde'
    return {
      subject: fr`Votre paiement n'a pas abouti – commande ${number}`,
      preheader: fr`Vous pouvez réessayer ou choisir un autre moyen de paiement.`,
      heading: fr`Votre paiement n'a pas abouti`,
      paragraphs: [
        c.greeting(v.firstName),
        fr`Le paiement de ${amount} par ${method} pour ${what} de la commande ${number} n'a pas pu être finalisé.`,
        fr`Cela arrive : plafond de carte atteint, validation bancaire interrompue, fenêtre fermée trop tôt… Vous pouvez réessayer dès maintenant, ou choisir un autre moyen de paiement, virement compris.`,
      ],
      summary: { rows: c.orderRows(v.order) },
      action: { label: 'Réessayer le paiement', url: v.orderUrl },
      footnote: c.contact(),
      reason: fr`Vous recevez cet e-mail au sujet de votre commande ${number} chez ${siteName}.`,
      sms: fr`${siteName} : votre paiement de ${amount} pour la commande ${number} n'a pas abouti. Pour réessayer :`,
    }
  }
  const what = v.kind === 'deposit' ? 'deposit' : 'balance'
  return {
    subject: `Your payment did not go through – order ${number}`,
    preheader: 'You can try again or choose another way to pay.',
    heading: 'Your payment did not go through',
    paragraphs: [
      c.greeting(v.firstName),
      `The ${method} payment of ${amount} for the ${what} of order ${number} could not be completed.`,
      en`It happens: a card limit reached, a bank check interrupted, a window closed too early… You can try again now, or choose another way to pay, bank transfer included.`,
    ],
    summary: { rows: c.orderRows(v.order) },
    action: { label: 'Try again', url: v.orderUrl },
    footnote: c.contact(),
    reason: `You are receiving this e-mail about your order ${number} with ${siteName}.`,
    sms: `${siteName}: your payment of ${amount} for order ${number} did not go through. To try again:`,
  }
}
