import type { MessageDefinition } from '../message'
import { en, fr } from '../typography'

export const savedSearchDigest: MessageDefinition<'saved_search_digest'> = (v, c) => {
  const { siteName } = c.brand
  const count = v.vehicles.length
  const rows = v.vehicles.map((vehicle) => ({
    label: vehicle.title,
    value: c.money(vehicle.price, vehicle.currency),
    url: vehicle.url,
    imageUrl: vehicle.imageUrl,
  }))
  if (c.locale === 'fr') {
    const found = count === 1 ? 'Un nouveau véhicule' : fr`${count} nouveaux véhicules`
    return {
      subject: fr`${found} pour « ${v.searchName} »`,
      preheader: fr`Les dernières annonces qui correspondent à votre recherche.`,
      heading: fr`${found} pour vous`,
      paragraphs: [
        c.greeting(v.firstName),
        count === 1
          ? fr`Un véhicule correspondant à votre recherche « ${v.searchName} » vient d'arriver dans nos annonces :`
          : fr`${count} véhicules correspondant à votre recherche « ${v.searchName} » viennent d'arriver dans nos annonces :`,
      ],
      summary: { rows },
      action: { label: 'Voir tous les résultats', url: v.searchUrl },
      footnote: fr`Les belles occasions partent vite : n'hésitez pas à nous demander un devis.`,
      reason: fr`Vous recevez cet e-mail car vous avez enregistré la recherche « ${v.searchName} » sur ${siteName}.`,
      footerLinks: [{ label: 'Ne plus recevoir cette alerte', url: v.unsubscribeUrl }],
      sms: fr`${siteName} : ${found.toLowerCase()} pour « ${v.searchName} ». À voir ici :`,
    }
  }
  const found = count === 1 ? 'One new car' : `${count} new cars`
  return {
    subject: `${found} for “${v.searchName}”`,
    preheader: 'The latest listings matching your search.',
    heading: `${found} for you`,
    paragraphs: [
      c.greeting(v.firstName),
      count === 1
        ? `A car matching your search “${v.searchName}” has just been listed:`
        : `${count} cars matching your search “${v.searchName}” have just been listed:`,
    ],
    summary: { rows },
    action: { label: 'See all results', url: v.searchUrl },
    footnote: en`Good cars go quickly: don't hesitate to ask us for a quote.`,
    reason: `You are receiving this e-mail because you saved the search “${v.searchName}” on ${siteName}.`,
    footerLinks: [{ label: 'Stop this alert', url: v.unsubscribeUrl }],
    sms: `${siteName}: ${found.toLowerCase()} for “${v.searchName}”. See them here:`,
  }
}
