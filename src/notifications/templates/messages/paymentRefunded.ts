import type { MessageDefinition } from '../message'
import { en, fr } from '../typography'

const FR_WHERE = {
  bank_transfer: 'par virement',
  stripe: 'sur votre carte bancaire',
  paypal: 'sur votre compte PayPal',
}
const EN_WHERE = { bank_transfer: 'by bank transfer', stripe: 'to your card', paypal: 'to your PayPal account' }

export const paymentRefunded: MessageDefinition<'payment_refunded'> = (v, c) => {
  const { siteName } = c.brand
  const amount = c.money(v.amount)
  const number = v.order.number
  if (c.locale === 'fr') {
    const where = FR_WHERE[v.method] ?? ''
    return {
      subject: fr`Remboursement de ${amount} – commande ${number}`,
      preheader: fr`Nous vous avons remboursé ${amount} ${where}.`,
      heading: 'Votre remboursement est en route',
      paragraphs: [
        c.greeting(v.firstName),
        fr`Nous vous avons remboursé ${amount} ${where}, au titre de la commande ${number}.`,
        fr`Selon votre banque, la somme apparaît sur votre compte sous quelques jours ouvrés.`,
        ...(v.receiptNumber ? [fr`Référence du remboursement : ${v.receiptNumber}.`] : []),
      ],
      summary: { rows: [{ label: 'Montant remboursé', value: amount }, ...c.orderRows(v.order)] },
      action: { label: 'Voir ma commande', url: v.orderUrl },
      footnote: c.contact(),
      reason: fr`Vous recevez cet e-mail au sujet de votre commande ${number} chez ${siteName}.`,
      sms: fr`${siteName} : nous vous avons remboursé ${amount} ${where} (commande ${number}). Détails :`,
    }
  }
  const where = EN_WHERE[v.method] ?? ''
  return {
    subject: `Refund of ${amount} – order ${number}`,
    preheader: `We have refunded ${amount} ${where}.`,
    heading: 'Your refund is on its way',
    paragraphs: [
      c.greeting(v.firstName),
      `We have refunded ${amount} ${where} for order ${number}.`,
      en`Depending on your bank, the money shows up in your account within a few working days.`,
      ...(v.receiptNumber ? [`Refund reference: ${v.receiptNumber}.`] : []),
    ],
    summary: { rows: [{ label: 'Amount refunded', value: amount }, ...c.orderRows(v.order)] },
    action: { label: 'See my order', url: v.orderUrl },
    footnote: c.contact(),
    reason: `You are receiving this e-mail about your order ${number} with ${siteName}.`,
    sms: `${siteName}: we have refunded ${amount} ${where} (order ${number}). Details:`,
  }
}
