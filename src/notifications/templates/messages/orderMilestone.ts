import { orderStatusName } from '../format'
import type { MessageDefinition } from '../message'
import { en, fr } from '../typography'

interface Step {
  /** The headline: what happened, in a few words. */
  heading: string
  happened: string
  next: string
}

const FR: Record<string, Step> = {
  awaiting_deposit: {
    heading: 'Votre commande est ouverte',
    happened: fr`Votre commande est ouverte et n'attend plus que l'acompte.`,
    next: fr`Dès sa réception, nous achetons le véhicule pour vous.`,
  },
  deposit_paid: {
    heading: 'Acompte bien reçu',
    happened: fr`Nous avons bien reçu votre acompte : votre commande est lancée.`,
    next: fr`Nous finalisons maintenant l'achat du véhicule auprès du vendeur.`,
  },
  vehicle_purchased: {
    heading: 'Votre véhicule est acheté',
    happened: fr`C'est fait : nous avons acheté le véhicule, il est désormais réservé pour vous.`,
    next: fr`Nous organisons maintenant son transport jusqu'en France.`,
  },
  transport_booked: {
    heading: 'Le transport est réservé',
    happened: fr`Le transport de votre véhicule est réservé.`,
    next: fr`Nous vous prévenons dès qu'il prend la route (ou la mer).`,
  },
  shipped: {
    heading: 'Votre véhicule est en route',
    happened: fr`Votre véhicule a quitté son point de départ et fait route vers la France.`,
    next: fr`À son arrivée, nous prenons en charge les formalités : dédouanement si nécessaire, puis homologation.`,
  },
  arrived: {
    heading: 'Votre véhicule est arrivé',
    happened: fr`Bonne nouvelle : votre véhicule est arrivé en France.`,
    next: fr`Nous nous occupons maintenant des formalités : dédouanement si nécessaire, puis homologation.`,
  },
  customs_cleared: {
    heading: 'Votre véhicule est dédouané',
    happened: fr`Le véhicule est dédouané : le certificat 846A a été délivré.`,
    next: fr`Prochaine étape : l'homologation (COC ou réception à titre isolé).`,
  },
  homologated: {
    heading: 'L’homologation est faite',
    happened: fr`L'homologation est faite : votre véhicule est reconnu conforme pour rouler en France.`,
    next: fr`Nous demandons maintenant son immatriculation française.`,
  },
  registered: {
    heading: 'Votre véhicule est immatriculé',
    happened: fr`Votre véhicule a reçu son immatriculation française.`,
    next: fr`Nous le préparons pour la remise des clés et revenons vers vous très vite.`,
  },
  ready: {
    heading: 'Votre véhicule vous attend',
    happened: fr`Votre véhicule est prêt à vous être remis !`,
    next: fr`Contactez-nous pour convenir du rendez-vous de remise des clés. Le solde éventuel est à régler avant la remise.`,
  },
  delivered: {
    heading: 'Bonne route !',
    happened: fr`Votre véhicule vous a été remis. Merci pour votre confiance, et bonne route !`,
    next: fr`Vos documents restent disponibles à tout moment dans votre espace client.`,
  },
  cancelled: {
    heading: 'Votre commande est annulée',
    happened: fr`Votre commande a été annulée.`,
    next: fr`Si un remboursement vous est dû, nous vous en confirmerons le montant par e-mail. Nous restons à votre disposition pour toute question.`,
  },
}

const EN: Record<string, Step> = {
  awaiting_deposit: {
    heading: 'Your order is open',
    happened: en`Your order is open and only waiting for the deposit.`,
    next: en`As soon as it arrives, we buy the car for you.`,
  },
  deposit_paid: {
    heading: 'Deposit received',
    happened: en`We have received your deposit: your order is under way.`,
    next: en`We're now completing the purchase of the car with the seller.`,
  },
  vehicle_purchased: {
    heading: 'Your car has been bought',
    happened: en`Done: we have bought the car, and it is now set aside for you.`,
    next: en`We're now arranging its transport to France.`,
  },
  transport_booked: {
    heading: 'Transport booked',
    happened: en`Transport for your car is booked.`,
    next: en`We'll let you know as soon as it sets off.`,
  },
  shipped: {
    heading: 'Your car is on its way',
    happened: en`Your car has left and is on its way to France.`,
    next: en`When it arrives we take care of the paperwork: customs clearance where needed, then type approval.`,
  },
  arrived: {
    heading: 'Your car has arrived',
    happened: en`Good news: your car has arrived in France.`,
    next: en`We're now taking care of the paperwork: customs clearance where needed, then type approval.`,
  },
  customs_cleared: {
    heading: 'Your car has cleared customs',
    happened: en`Your car has cleared customs and the 846A certificate has been issued.`,
    next: en`Next step: type approval (COC or individual approval).`,
  },
  homologated: {
    heading: 'Type approval done',
    happened: en`Type approval is done: your car is recognised as fit for French roads.`,
    next: en`We're now applying for its French registration.`,
  },
  registered: {
    heading: 'Your car is registered',
    happened: en`Your car now has its French registration.`,
    next: en`We're getting it ready for handover and will be in touch very soon.`,
  },
  ready: {
    heading: 'Your car is ready for you',
    happened: en`Your car is ready to be handed over!`,
    next: en`Get in touch to arrange the handover. Any remaining balance is due before you collect the keys.`,
  },
  delivered: {
    heading: 'Enjoy the drive!',
    happened: en`Your car has been handed over. Thank you for choosing us, and enjoy the drive!`,
    next: en`Your documents remain available at any time in your account.`,
  },
  cancelled: {
    heading: 'Your order is cancelled',
    happened: en`Your order has been cancelled.`,
    next: en`If a refund is due to you, we'll confirm the amount by e-mail. We remain at your disposal for any question.`,
  },
}

export const orderMilestone: MessageDefinition<'order_milestone'> = (v, c) => {
  const { siteName } = c.brand
  const number = v.order.number
  const label = orderStatusName(v.status, c.locale)
  const eta = v.eta && v.status !== 'delivered' && v.status !== 'cancelled' ? c.date(v.eta) : undefined
  if (c.locale === 'fr') {
    const step = FR[v.status] ?? {
      heading: 'Votre commande avance',
      happened: fr`Votre commande vient de franchir une nouvelle étape : ${label}.`,
      next: fr`Nous vous tenons au courant de la suite.`,
    }
    return {
      subject: fr`${step.heading} – commande ${number}`,
      preheader: eta ? fr`${step.happened} Arrivée prévue le ${eta}.` : step.happened,
      heading: step.heading,
      paragraphs: [c.greeting(v.firstName), step.happened, eta ? fr`${step.next} Arrivée prévue : ${eta}.` : step.next],
      note: v.note ? { label: 'Le mot de votre conseiller', text: v.note } : undefined,
      summary: {
        rows: [
          { label: fr`Étape`, value: label },
          ...(eta ? [{ label: 'Arrivée prévue', value: eta }] : []),
          ...c.orderRows(v.order),
        ],
      },
      action: { label: 'Suivre ma commande', url: v.orderUrl },
      footnote: c.contact(),
      reason: fr`Vous recevez cet e-mail à chaque étape de votre commande ${number} chez ${siteName}.`,
      sms: eta
        ? fr`${siteName} : commande ${number} – ${label}. Arrivée prévue le ${eta}. Suivi :`
        : fr`${siteName} : commande ${number} – ${label}. Suivi :`,
    }
  }
  const step = EN[v.status] ?? {
    heading: 'Your order is moving on',
    happened: `Your order has reached a new stage: ${label}.`,
    next: en`We'll keep you posted on what comes next.`,
  }
  return {
    subject: `${step.heading} – order ${number}`,
    preheader: eta ? `${step.happened} Expected arrival: ${eta}.` : step.happened,
    heading: step.heading,
    paragraphs: [c.greeting(v.firstName), step.happened, eta ? `${step.next} Expected arrival: ${eta}.` : step.next],
    note: v.note ? { label: 'A word from your adviser', text: v.note } : undefined,
    summary: {
      rows: [
        { label: 'Stage', value: label },
        ...(eta ? [{ label: 'Expected arrival', value: eta }] : []),
        ...c.orderRows(v.order),
      ],
    },
    action: { label: 'Follow my order', url: v.orderUrl },
    footnote: c.contact(),
    reason: `You are receiving this e-mail at each stage of your order ${number} with ${siteName}.`,
    sms: eta
      ? `${siteName}: order ${number} – ${label}. Expected arrival: ${eta}. Follow it here:`
      : `${siteName}: order ${number} – ${label}. Follow it here:`,
  }
}
