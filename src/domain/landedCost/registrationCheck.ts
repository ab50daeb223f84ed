import { compareDates, type IsoDate } from '../calendarDate'
import type { ImportRules } from '../importRules'
import { inForce } from './dated'
import type { RegistrationCheck, RegistrationNote } from './types'
import { ageInStartedMonths, collectorRuleOn, isCollectorByAge, isNewForVat } from './vehicleAge'

export interface RegistrationVehicle {
  originCountry: string
  inEuFreeCirculation: boolean
  firstRegistrationDate?: IsoDate | null
  mileageKm: number
  hasCoc: boolean
  isCollector?: boolean | null
}

const NOTES = {
  coc: {
    en: 'EU certificate of conformity available: the car registers online.',
    fr: 'Certificat de conformité européen disponible : immatriculation en ligne.',
  },
  cocToOrder: {
    en: 'No COC on file: an EU-approved car gets one from its maker (priced as the COC line).',
    fr: 'Pas de COC : le constructeur le délivre pour un véhicule réceptionné dans l’UE (ligne COC).',
  },
  rti: {
    en:
      'No EU certificate of conformity: individual approval (RTI) at the DREAL is needed. It is slow, ' +
      'costly and not guaranteed; a car without EU type approval pays its malus on fiscal horsepower.',
    fr:
      'Pas de certificat de conformité européen : réception à titre isolé (RTI) auprès de la DREAL, longue, ' +
      'coûteuse et sans garantie ; sans réception européenne, le malus est calculé sur la puissance fiscale.',
  },
  collector: {
    en:
      '30 years or older: collector heading 9705 (duty 0 %, VAT 5.5 %) if original and of historical ' +
      'interest; collection registration needs an FFVE or maker attestation and replaces the individual approval (RTI).',
    fr:
      '30 ans ou plus : position 9705 (droits 0 %, TVA 5,5 %) si le véhicule est d’origine et d’intérêt ' +
      'historique ; la carte grise collection demande une attestation FFVE ou constructeur et remplace la réception à titre isolé (RTI).',
  },
  newVehicleVat: {
    en: 'New vehicle for VAT (6 months or less, or 6,000 km or less): French VAT is due in France (quitus fiscal).',
    fr: 'Véhicule neuf au sens de la TVA (6 mois ou moins, ou 6 000 km ou moins) : TVA française due en France (quitus fiscal).',
  },
  customs: {
    en: 'Customs clearance certificate (846A) required before registration.',
    fr: 'Certificat de dédouanement 846A nécessaire avant l’immatriculation.',
  },
}

function note(code: keyof typeof NOTES): RegistrationNote {
  return { code, ...NOTES[code] }
}

/** What stands between this car and a French registration, before any price is computed. */
export function registrationCheck(vehicle: RegistrationVehicle, rules: ImportRules, date: IsoDate): RegistrationCheck {
  const first = vehicle.firstRegistrationDate ?? null
  const datesInOrder = !first || compareDates(first, date) <= 0
  const ageMonths = first && datesInOrder ? ageInStartedMonths(first, date) : null
  const collectorEligible =
    vehicle.isCollector ?? (datesInOrder && isCollectorByAge(first, date, collectorRuleOn(rules, date)))
  const imported = !vehicle.inEuFreeCirculation
  const rtiRequired = !vehicle.hasCoc && imported && !collectorEligible
  const threshold = inForce(rules.newVehicle, date)
  const newVehicleVat =
    vehicle.inEuFreeCirculation &&
    datesInOrder &&
    threshold !== undefined &&
    isNewForVat(first, vehicle.mileageKm, date, threshold)

  const notes: RegistrationNote[] = []
  if (vehicle.hasCoc) notes.push(note('coc'))
  else if (rtiRequired) notes.push(note('rti'))
  else if (!collectorEligible) notes.push(note('cocToOrder'))
  if (collectorEligible) notes.push(note('collector'))
  if (newVehicleVat) notes.push(note('newVehicleVat'))
  if (imported) notes.push(note('customs'))

  return {
    ageMonths,
    cocAvailable: vehicle.hasCoc,
    rtiRequired,
    rtiRisk: rtiRequired,
    collectorEligible,
    newVehicleVat,
    notes,
  }
}
