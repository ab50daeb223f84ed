import { paymentMethodName } from '../format'
import type { MessageDefinition } from '../message'
import { en, fr } from '../typography'

export const paymentReceived: MessageDefinition<'payment_received'> = (v, c) => {
  const { siteName } = c.brand
  const amount = c.money(v.amount)
  const method = paymentMethodName(v.method, c.locale)
  const number = v.order.number
  const settled = v.order.due <= 0
  if (c.locale === 'fr') {
    const what = v.kind === 'deposit' ? 'acompte' : 'solde'
    const next =
      v.kind === 'deposit'
        ? fr`Nous lançons maintenant l'achat du véhicule et vous tiendrons au courant à chaque étape : achat, transport, formalités, immatriculation.`
        : settled
          ? fr`Votre commande est maintenant entièrement réglée. Il ne reste plus qu'à vous remettre les clés !`
          : fr`Il reste ${c.money(v.order.due)} à régler sur cette commande.`
    return {
      subject: fr`Paiement reçu : ${what} de la commande ${number}`,
      preheader: fr`Nous avons bien reçu ${amount} par ${method}.`,
      heading: 'Merci, votre paiement est bien arrivé',
      paragraphs: [
        c.greeting(v.firstName),
        fr`Nous avons bien reçu votre ${what} de ${amount}, réglé par ${method}, pour la commande ${number}.`,
        next,
        ...(v.receiptNumber
          ? [fr`Votre reçu n° ${v.receiptNumber} est disponible à tout moment dans votre espace client.`]
          : []),
      ],
      summary: {
        rows: [{ label: fr`Paiement reçu (${method})`, value: amount }, ...c.orderRows(v.order)],
      },
      action: { label: 'Voir ma commande', url: v.orderUrl },
      footnote: c.contact(),
      reason: fr`Vous recevez cet e-mail au sujet de votre commande ${number} chez ${siteName}.`,
      sms: fr`${siteName} : nous avons bien reçu votre ${what} de ${amount} pour la commande ${number}. Merci !`,
    }
  }
  const what = v.kind === 'deposit' ? 'deposit' : 'balance payment'
  const next =
    v.kind === 'deposit'
      ? en`We're now buying the car and will keep you posted at every stage: purchase, transport, paperwork, registration.`
      : settled
        ? en`Your order is now paid in full. All that's left is to hand you the keys!`
        : en`${c.money(v.order.due)} remains to be paid on this order.`
  return {
    subject: `Payment received: ${what} for order ${number}`,
    preheader: `We have received ${amount} by ${method}.`,
    heading: 'Thank you, your payment has arrived',
    paragraphs: [
      c.greeting(v.firstName),
      `We have received your ${what} of ${amount}, paid by ${method}, for order ${number}.`,
      next,
      ...(v.receiptNumber ? [`Your receipt no. ${v.receiptNumber} is available at any time in your account.`] : []),
    ],
    summary: { rows: [{ label: `Payment received (${method})`, value: amount }, ...c.orderRows(v.order)] },
    action: { label: 'See my order', url: v.orderUrl },
    footnote: c.contact(),
    reason: `You are receiving this e-mail about your order ${number} with ${siteName}.`,
    sms: `${siteName}: we have received your ${what} of ${amount} for order ${number}. Thank you!`,
  }
}
