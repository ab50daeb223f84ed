/** The French (and English) words of a demo vehicle: headline and description. */
import { countryName } from '@/domain/countries'
import { FUELS, TRANSMISSIONS } from '@/domain/vehicleOptions'
import type { Vehicle } from '@/payload-types'
import type { CatalogModel, Colour } from './data/catalog'
import { richText, type RichText } from './richText'

export type VehicleFacts = {
  model: CatalogModel
  year: number
  firstRegistrationDate: string | null
  mileageKm: number
  fuel: Vehicle['fuel']
  transmission: Vehicle['transmission']
  powerHp: number
  fiscalHp: number
  electricRangeKm?: number
  colour: Colour
  originCountry: Vehicle['originCountry']
  eu: boolean
  hasCoc: boolean
  originStatement: boolean
  sellerType: Vehicle['sellerType']
  city: string
  showroom: boolean
  collector: boolean
  /** Less than 6 months or 6,000 km: "new" for VAT. */
  newForVat: boolean
}

const MONTHS_FR = [
  'janvier',
  'février',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
]
const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
]

const FROM_COUNTRY_FR: Record<string, string> = {
  JP: 'du Japon',
  US: 'des États-Unis',
  GB: 'du Royaume-Uni',
  CN: 'de Chine',
  KR: 'de Corée du Sud',
}

const km = (value: number, locale: 'fr' | 'en') =>
  new Intl.NumberFormat(locale === 'fr' ? 'fr-FR' : 'en-GB').format(value)
const fuelName = (fuel: string, locale: 'fr' | 'en') => {
  const entry = FUELS.find((f) => f.value === fuel)!
  return locale === 'fr' ? entry.fr.toLowerCase() : entry.en.toLowerCase()
}
const gearbox = (value: string, locale: 'fr' | 'en') => {
  const entry = TRANSMISSIONS.find((t) => t.value === value)!
  return locale === 'fr' ? `boîte ${entry.fr.toLowerCase()}` : `${entry.en.toLowerCase()} gearbox`
}

export function headline(facts: VehicleFacts, locale: 'fr' | 'en'): string {
  const fr = locale === 'fr'
  const parts: string[] = []
  if (facts.collector) parts.push(fr ? 'Véhicule de collection, plus de 30 ans' : 'Collector car, over 30 years old')
  if (!facts.firstRegistrationDate) parts.push(fr ? 'Neuf, jamais immatriculé' : 'New, never registered')
  else if (facts.mileageKm < 20_000) parts.push(fr ? 'Faible kilométrage' : 'Low mileage')
  if (facts.fuel === 'electric' && facts.electricRangeKm) {
    parts.push(fr ? `${facts.electricRangeKm} km d’autonomie WLTP` : `${facts.electricRangeKm} km WLTP range`)
  }
  if (facts.fuel === 'plugin_hybrid' && facts.electricRangeKm) {
    parts.push(
      fr
        ? `Hybride rechargeable, ${facts.electricRangeKm} km en électrique`
        : `Plug-in hybrid, ${facts.electricRangeKm} km electric`,
    )
  }
  if (facts.showroom) parts.push(fr ? 'Visible à Lyon' : 'On show in Lyon')
  else if (!facts.eu) {
    parts.push(
      fr
        ? `Import direct ${FROM_COUNTRY_FR[facts.originCountry] ?? ''}`.trim()
        : `Imported from ${countryName(facts.originCountry, 'en')}`,
    )
  }
  if (facts.eu && facts.hasCoc && !facts.showroom) parts.push(fr ? 'COC fourni' : 'COC supplied')
  if (facts.originStatement) parts.push(fr ? 'Droits de douane 0 %' : '0 % customs duty')
  parts.push(fr ? facts.model.options[0]! : `${facts.powerHp} hp, ${gearbox(facts.transmission, 'en')}`)
  return parts.slice(0, 3).join(' · ').slice(0, 140)
}

function firstParagraph(facts: VehicleFacts, locale: 'fr' | 'en'): string {
  const { model } = facts
  const fr = locale === 'fr'
  const date = facts.firstRegistrationDate ? new Date(facts.firstRegistrationDate) : null
  const specs = [
    fuelName(facts.fuel, locale),
    gearbox(facts.transmission, locale),
    fr
      ? `${facts.powerHp} ch (${facts.fiscalHp} CV fiscaux)`
      : `${facts.powerHp} hp (${facts.fiscalHp} French fiscal hp)`,
    fr ? `teinte ${facts.colour.fr.toLowerCase()}` : `${facts.colour.en.toLowerCase()} paint`,
  ].join(', ')
  if (fr) {
    const when = date
      ? `mis en circulation en ${MONTHS_FR[date.getUTCMonth()]} ${date.getUTCFullYear()}`
      : 'neuf et jamais immatriculé'
    return `${model.pitch.fr} Cet exemplaire ${when} affiche ${km(facts.mileageKm, 'fr')} km : ${specs}.`
  }
  const when = date
    ? `first registered in ${MONTHS_EN[date.getUTCMonth()]} ${date.getUTCFullYear()}`
    : 'new and never registered'
  return `${model.pitch.en} This ${facts.year} example, ${when}, shows ${km(facts.mileageKm, 'en')} km: ${specs}.`
}

function secondParagraph(facts: VehicleFacts, locale: 'fr' | 'en'): string {
  const fr = locale === 'fr'
  const seller = fr
    ? facts.sellerType === 'dealer'
      ? 'un professionnel'
      : 'un particulier'
    : facts.sellerType === 'dealer'
      ? 'a dealer'
      : 'a private seller'
  const where = fr
    ? `à ${facts.city} (${countryName(facts.originCountry, 'fr')})`
    : `in ${countryName(facts.originCountry, 'en')}`
  const sentences: string[] = []
  if (facts.showroom) {
    sentences.push(
      fr
        ? 'Visible dans notre showroom de Lyon, déjà dédouané et prêt à être immatriculé à votre nom.'
        : 'On show in our Lyon showroom, already cleared and ready to be registered in your name.',
    )
  } else if (facts.collector) {
    sentences.push(
      fr
        ? `Proposé par ${seller} ${where}. Plus de 30 ans : éligible à la carte grise de collection (attestation FFVE), droits de douane à 0 % et TVA à l’import réduite à 5,5 %.`
        : `Offered by ${seller} ${where}. Over 30 years old: eligible for French collector registration (FFVE certificate), 0 % customs duty and 5.5 % import VAT.`,
    )
  } else if (facts.eu) {
    sentences.push(
      fr
        ? `Proposé par ${seller} ${where}, avec son certificat de conformité européen (COC) : immatriculation en France sans réception à titre isolé.`
        : `Offered by ${seller} ${where}, with its European certificate of conformity (COC): registration in France without individual approval.`,
    )
    if (facts.newForVat) {
      sentences.push(
        fr
          ? 'Moins de 6 mois ou de 6 000 km : la TVA française est due à l’arrivée (quitus fiscal), nous nous en chargeons.'
          : 'Under 6 months or 6,000 km: French VAT is due on arrival (tax clearance), which we handle.',
      )
    }
  } else if (facts.hasCoc) {
    sentences.push(
      fr
        ? `Situé ${where}, avec certificat de conformité européen : après dédouanement (846A), l’immatriculation se fait en ligne.`
        : `Located ${where}, with a European certificate of conformity: once cleared through customs (846A), it registers online.`,
    )
  } else {
    sentences.push(
      fr
        ? `Situé ${where}. Sans certificat de conformité européen, une réception à titre isolé (RTI) est nécessaire : nous l’intégrons au devis avec les droits de douane, la TVA à l’import et le malus.`
        : `Located ${where}. Without a European certificate of conformity it needs an individual approval (RTI): our quote includes it with customs duty, import VAT and the CO2 penalty.`,
    )
  }
  if (facts.originStatement) {
    sentences.push(
      fr
        ? 'Preuve d’origine préférentielle fournie : droits de douane à 0 %.'
        : 'Proof of preferential origin supplied: 0 % customs duty.',
    )
  }
  if (facts.originCountry === 'CN' && !facts.firstRegistrationDate) {
    sentences.push(
      fr
        ? 'Importé neuf de Chine : le droit compensateur européen sur les voitures électriques chinoises figure dans le devis.'
        : 'Imported new from China: the EU countervailing duty on Chinese electric cars is shown in the quote.',
    )
  }
  sentences.push(
    fr
      ? 'Prix rendu en France détaillé ligne par ligne dans votre devis : transport, taxes, malus et carte grise.'
      : 'The full French landed price is itemised in your quote: transport, taxes, CO2 penalty and registration.',
  )
  return sentences.join(' ')
}

export function description(facts: VehicleFacts, locale: 'fr' | 'en'): RichText {
  return richText(firstParagraph(facts, locale), secondParagraph(facts, locale))
}
